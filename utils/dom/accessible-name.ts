import { byIdNear, tagOf, textOf } from './text';

/**
 * A pragmatic accessible name, in the order the portals' fields are labelled:
 * aria-labelledby, aria-label, <label for>, a wrapping <label>, then (for
 * buttons, links, options, headings) the element's own text, and last title and
 * placeholder. Not the full accname algorithm; enough for form fields.
 */

const NAMED_BY_CONTENT = new Set([
  'button',
  'link',
  'option',
  'menuitem',
  'tab',
  'heading',
  'radio',
  'checkbox',
  'switch',
  'cell',
  'columnheader',
  'rowheader',
  'treeitem',
]);
const CONTENT_TAGS = new Set(['button', 'a', 'option', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'legend', 'th', 'td']);

function labelledBy(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => {
      const ref = byIdNear(el, id);
      if (!ref) return '';
      return ref.getAttribute('aria-label')?.trim() || textOf(ref);
    })
    .filter(Boolean)
    .join(' ');
}

function labelFor(el: Element): string {
  const id = el.getAttribute('id');
  if (!id) return '';
  const root = el.getRootNode();
  if (!('querySelectorAll' in root)) return '';
  const labels = (root as ParentNode).querySelectorAll(`label[for="${cssEscape(id)}"]`);
  return Array.from(labels, (l) => textOf(l))
    .filter(Boolean)
    .join(' ');
}

function wrappingLabel(el: Element): string {
  const label = el.parentElement?.closest('label');
  // A label that points elsewhere with `for` does not name this control.
  if (!label || (label.hasAttribute('for') && label.getAttribute('for') !== el.getAttribute('id'))) return '';
  return textOf(label);
}

function namedByContent(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && NAMED_BY_CONTENT.has(role)) return true;
  const tag = tagOf(el);
  if (CONTENT_TAGS.has(tag)) return true;
  return tag === 'input' && ['button', 'submit', 'reset'].includes((el.getAttribute('type') ?? '').toLowerCase());
}

/**
 * Names to match a control by. Custom dropdown buttons are often labelled
 * `aria-labelledby="<label> <itself>"`, so their full name carries the
 * current choice ("Default Role Agent"); the name without the self reference
 * is the field's label and is tried too.
 */
export function accessibleNameCandidates(el: Element): string[] {
  const full = accessibleName(el);
  const ownId = el.getAttribute('id');
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (!ownId || !ids.includes(ownId) || ids.length < 2) return [full];
  const withoutSelf = ids
    .filter((id) => id !== ownId)
    .map((id) => {
      const ref = byIdNear(el, id);
      return ref ? ref.getAttribute('aria-label')?.trim() || textOf(ref) : '';
    })
    .filter(Boolean)
    .join(' ');
  return withoutSelf ? [full, withoutSelf] : [full];
}

export function accessibleName(el: Element): string {
  const byRef = labelledBy(el);
  if (byRef) return byRef;
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const forLabel = labelFor(el);
  if (forLabel) return forLabel;
  const wrapping = wrappingLabel(el);
  if (wrapping) return wrapping;
  if (namedByContent(el)) {
    const tag = tagOf(el);
    const content = tag === 'input' ? (el as HTMLInputElement).value : textOf(el);
    if (content) return content;
  }
  return el.getAttribute('title')?.trim() || el.getAttribute('placeholder')?.trim() || '';
}

/** CSS.escape is missing in some test DOMs; ids here are simple, so a small escape is enough. */
export function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
