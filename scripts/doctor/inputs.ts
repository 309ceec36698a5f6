import { parseEntraErrorPage, parseEntraErrorUrl } from '@/utils/saml/aadsts/error-page';
import type { CapturedItem } from '@/utils/saml/har/captured';
import { readCapture } from '@/utils/saml/har/read-capture';
import { fileByteSource, fileHead } from '@/scripts/lib/file-source';
import { UnreadableError, readText } from './context';

export interface FileItems {
  file: string;
  /** What the file was read as. */
  format: 'har' | 'saml-tracer' | 'trace' | 'text' | 'error-page';
  items: CapturedItem[];
  notes: string[];
}

const FORMAT_NAMES = {
  har: 'HAR',
  'saml-tracer': 'SAML-tracer export',
  trace: 'trace export',
  text: 'SAML message',
  'error-page': 'Entra error page',
} as const;

export function formatName(f: FileItems['format']): string {
  return FORMAT_NAMES[f];
}

function firstChar(head: Uint8Array): string {
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.charAt(0);
}

/** Reads one FILE: JSON captures are streamed; anything else is read as one message or error page. */
export async function readInputFile(file: string): Promise<FileItems> {
  let head: Uint8Array;
  try {
    head = await fileHead(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableError(
      `cannot read ${file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code ? ` (${code})` : ''}`,
    );
  }
  if (head.length === 0) throw new UnreadableError(`${file} is empty`);
  const first = firstChar(head);
  if (first === '{' || first === '[') {
    const res = await readCapture(fileByteSource(file));
    if (res.format === null) {
      throw new UnreadableError(`${file}: ${res.notes[0] ?? 'not a HAR, SAML-tracer export or trace export'}`);
    }
    return { file, format: res.format, items: res.items, notes: res.notes };
  }
  const text = (await readText(file)).replace(/^\uFEFF/, '').trim();
  const isHtml =
    /^<(!doctype\s+html|html\b)/i.test(text) ||
    (/AADSTS\d+/.test(text) && !/urn:oasis:names:tc:SAML/.test(text) && !/^https?:\/\/\S+$/.test(text));
  if (isHtml) {
    const page = parseEntraErrorPage(text);
    if (!page) throw new UnreadableError(`${file}: an HTML page without an Entra (AADSTS) error`);
    return { file, format: 'error-page', items: [{ type: 'entra-error', seq: 0, url: '', method: '', page }], notes: [] };
  }
  const urlError = /^https?:\/\/\S+$/.test(text) ? parseEntraErrorUrl(text) : null;
  if (urlError && !/[?&](SAMLRequest|SAMLResponse)=/.test(text)) {
    return { file, format: 'error-page', items: [{ type: 'entra-error', seq: 0, url: text, method: 'GET', page: urlError }], notes: [] };
  }
  const url = /^https?:\/\/\S+$/.test(text) ? text : '';
  return {
    file,
    format: 'text',
    items: [{ type: 'saml', seq: 0, url, method: '', source: 'file', carrier: { via: 'text', text } }],
    notes: [],
  };
}
