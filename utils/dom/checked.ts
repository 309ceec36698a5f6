import { simulateClick } from './events';

/** Whether a checkbox, radio or switch (native or ARIA) is on. */
export function isChecked(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

/**
 * Set a checkbox/radio/switch by clicking it when it differs, so the page's
 * own handlers run (frameworks ignore a bare `checked = true`).
 * Returns the state read back.
 */
export function setChecked(el: Element, want: boolean): boolean {
  if (isChecked(el) !== want) simulateClick(el);
  return isChecked(el);
}
