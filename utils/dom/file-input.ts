import { fire, windowOf } from './events';

/**
 * Put a File into an <input type=file> the way a user's pick would: through a
 * DataTransfer's FileList (the `files` property accepts nothing else), then
 * `input` and `change` so the page reads it.
 */

export interface FileResult {
  ok: boolean;
  /** Name of the file the input holds afterwards, or '' */
  fileName: string;
  problem?: string;
}

export function setFileInput(input: Element, file: File): FileResult {
  if (input.tagName !== 'INPUT' || (input.getAttribute('type') ?? '').toLowerCase() !== 'file') {
    return { ok: false, fileName: '', problem: 'The element is not a file input.' };
  }
  const el = input as HTMLInputElement;
  const win = windowOf(el);
  if (typeof win.DataTransfer !== 'function') {
    return { ok: false, fileName: '', problem: 'This browser cannot build a file list (no DataTransfer).' };
  }
  try {
    const transfer = new win.DataTransfer();
    transfer.items.add(file);
    el.files = transfer.files;
  } catch (error) {
    return { ok: false, fileName: '', problem: `The page refused the file: ${String(error)}` };
  }
  fire(el, 'input');
  fire(el, 'change');
  const fileName = el.files?.[0]?.name ?? '';
  return fileName === file.name
    ? { ok: true, fileName }
    : { ok: false, fileName, problem: 'The file input does not hold the file after setting it.' };
}

export function currentFileName(input: Element): string {
  return (input as HTMLInputElement).files?.[0]?.name ?? '';
}
