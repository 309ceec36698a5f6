import { deepQueryAll } from './deep-query';
import { findField } from './find-field';
import { labelMatches } from './labels';
import { readControlValue } from './set-value';
import { textOf } from './text';

/**
 * Read a value shown next to its label: a labelled (often read-only) input,
 * a <dt>/<dd> pair, a table row, a label element followed by the value, or
 * one line of text "Label: value".
 * The label must match exactly, as for fields.
 */

const LABEL_LIKE = 'label, dt, th, [role="rowheader"], span, div, p, strong, b, td';

/** Elements whose own text is the label (the innermost such element). */
export function findLabelElements(scope: ParentNode, variants: readonly string[]): Element[] {
  const hits = deepQueryAll(scope, LABEL_LIKE).filter((el) => labelMatches(textOf(el), variants));
  // Keep the innermost: a wrapper whose whole text is also the label adds nothing.
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}

function valueNear(label: Element): string | null {
  if (label.tagName === 'DT') {
    let next = label.nextElementSibling;
    while (next && next.tagName !== 'DD' && next.tagName !== 'DT') next = next.nextElementSibling;
    return next?.tagName === 'DD' ? valueOfElement(next) : null;
  }
  const cell = label.closest('th, td, [role="rowheader"], [role="cell"], [role="gridcell"]');
  if (cell) {
    const next = cell.nextElementSibling;
    return next ? valueOfElement(next) : null;
  }
  const id = label.getAttribute('id');
  if (id) {
    const root = label.getRootNode() as ParentNode;
    const described = root.querySelector?.(`[aria-labelledby~="${id.replace(/["\\]/g, '\\$&')}"]`);
    if (described) return valueOfElement(described);
  }
  for (let node: Element | null = label; node; node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) return valueOfElement(next);
    // Climb only through wrappers that hold nothing but the label.
    if (node.parentElement && textOf(node.parentElement) !== textOf(label)) break;
  }
  return null;
}

// A value shown with a Copy (or Edit) button beside it: the button's text is not part of the value.
const ACTIONS = 'button, [role="button"], [role="menuitem"]';

function valueOfElement(el: Element): string {
  if (el.matches('input, textarea, select')) return readControlValue(el);
  const control = el.querySelector('input:not([type="hidden"]), textarea, select');
  if (control) return readControlValue(control);
  if (!el.querySelector(ACTIONS)) return textOf(el);
  const copy = el.cloneNode(true) as Element;
  for (const action of Array.from(copy.querySelectorAll(ACTIONS))) action.remove();
  return textOf(copy);
}

/** "Provisioning Status: On" in one element: the label, a colon, the value. */
function inlineValue(scope: ParentNode, variants: readonly string[]): string | null {
  const hits = deepQueryAll(scope, LABEL_LIKE).filter((el) => {
    const text = textOf(el);
    const colon = text.indexOf(':');
    return colon > 0 && colon < 120 && labelMatches(text.slice(0, colon), variants);
  });
  const innermost = hits.find((el) => !hits.some((other) => other !== el && el.contains(other)));
  if (!innermost) return null;
  const text = textOf(innermost);
  return text.slice(text.indexOf(':') + 1).trim();
}

/** The value labelled by one of `variants` in `scope`, or null when there is no such label. */
export function readLabelledValue(scope: ParentNode, variants: readonly string[]): string | null {
  const field = findField(scope, variants);
  if (field) return readControlValue(field).trim();
  for (const label of findLabelElements(scope, variants)) {
    const value = valueNear(label);
    if (value !== null) return value.trim();
  }
  return inlineValue(scope, variants);
}
