import { fire, windowOf } from './events';
import { textOf } from './text';

/**
 * Set a text field so the page's framework notices (docs/ARCHITECTURE.md, decision 2).
 * React's value tracker ignores `el.value = x` because its own setter records
 * the new value; the prototype's native setter bypasses that record, and the
 * bubbling `input` event then reaches React's onChange. Knockout's value
 * binding listens for `change`, so that is fired too.
 */

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function isTextControl(el: Element): el is TextControl {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
}

function nativeValueSetter(el: TextControl): ((this: TextControl, v: string) => void) | undefined {
  const win = windowOf(el);
  const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set as ((this: TextControl, v: string) => void) | undefined;
}

/** Set the value without events (typing into a filter box uses its own events). */
export function writeNativeValue(el: TextControl, value: string): void {
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
}

/** Returns the value read back after the events, which a framework may have changed. */
export function setTextValue(el: Element, value: string): string {
  if (isTextControl(el)) {
    writeNativeValue(el, value);
  } else if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('role') === 'textbox') {
    el.textContent = value;
  } else {
    throw new Error(`Cannot type into a <${el.tagName.toLowerCase()}>.`);
  }
  fire(el, 'input');
  fire(el, 'change');
  return readControlValue(el);
}

/** The current value of any control, as text (selects give the chosen option's text). */
export function readControlValue(el: Element): string {
  if (isTextControl(el)) return el.value;
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.selectedOptions[0]?.textContent?.trim() ?? select.value;
  }
  const ariaValue = el.getAttribute('aria-valuetext') ?? el.getAttribute('value');
  if (ariaValue !== null) return ariaValue;
  const inner = el.querySelector('input, textarea');
  if (inner && isTextControl(inner)) return inner.value;
  return textOf(el);
}
