import { computeAccessibleName } from 'dom-accessibility-api';
import { cellsOf, columnOf } from './read-table';
import { byIdNear, textOf } from './text';

/**
 * The names a control can be found by. The first is its accessible name as
 * browsers and screen readers compute it (dom-accessibility-api, the W3C
 * accname algorithm: aria-labelledby, aria-label, <label>, content, title,
 * placeholder; hidden tooltip text and aria-hidden icons left out). The
 * portals add two shapes the name alone misses:
 * - a dropdown named "label + current choice" (Fluent's Dropdown points
 *   aria-labelledby at its label and at its own selected-option span): the
 *   name without what the control itself holds is the field's label;
 * - a Knockout `azc` field whose visible label is a sibling of the input's
 *   container, while the input is named differently or not at all
 *   (aria-label "Identifier (Entity ID):", "Provisioning Mode selector", or
 *   only a placeholder): the visible label is a name too.
 * Matching stays exact on each (./labels.ts): a wrong field is worse than none.
 */

// jsdom's getComputedStyle cannot take a pseudo-element; real browsers can (required marks drawn with ::after).
const PSEUDO_ELEMENTS = typeof navigator === 'undefined' || !/jsdom/i.test(navigator.userAgent);

export function accessibleName(el: Element): string {
  const win = el.ownerDocument.defaultView;
  let name: string;
  try {
    name = computeAccessibleName(el, {
      computedStyleSupportsPseudoElements: PSEUDO_ELEMENTS,
      ...(win ? { getComputedStyle: win.getComputedStyle.bind(win) } : {}),
    });
  } catch {
    // A document without a window (parsed, or a frame going away): the plain ARIA order.
    name = plainName(el);
  }
  // HTML-AAM's last resort for text inputs, which the library leaves out.
  if (!name.trim()) name = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '';
  return name.replace(/\s+/g, ' ').trim();
}

function plainName(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byRefs = ids.map((id) => byIdNear(el, id)).map((ref) => (ref ? ref.getAttribute('aria-label')?.trim() || textOf(ref) : ''));
  if (byRefs.join('').trim()) return byRefs.join(' ');
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  const id = el.getAttribute('id');
  const forLabel = id ? el.ownerDocument.querySelector(`label[for="${cssEscape(id)}"]`) : null;
  const wrapping = el.closest('label');
  if (forLabel ?? wrapping) return textOf((forLabel ?? wrapping) as Element);
  if (el.matches('button, a, [role="button"], [role="link"], [role="option"], [role="treeitem"], [role="radio"], [role="menuitem"]'))
    return textOf(el);
  return el.getAttribute('title') ?? '';
}

/** aria-labelledby without the parts inside the control itself (its current choice). */
function labelledByOutside(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length < 2) return '';
  const parts: string[] = [];
  let dropped = false;
  for (const id of ids) {
    const ref = byIdNear(el, id);
    if (!ref) continue;
    if (ref === el || el.contains(ref)) {
      dropped = true;
      continue;
    }
    parts.push(ref.getAttribute('aria-label')?.trim() || textOf(ref));
  }
  return dropped ? parts.filter(Boolean).join(' ') : '';
}

/** The visible label of a Knockout azc form control, a sibling of the input's container (or of its list of rows). */
function azcLabel(el: Element): string {
  const control = el.closest('.fxc-weave-pccontrol');
  if (!control) return '';
  const label = control.querySelector(
    ':scope > .azc-form-labelcontainer label.azc-form-label, :scope > .azc-form-labelcontainer .azc-form-label',
  );
  return label ? textOf(label) : '';
}

/** A control in a grid cell with no label of its own is named by its column's header (Fluent's DetailsList rows). */
function columnHeaderName(el: Element): string {
  const cell = el.closest('[role="gridcell"], td');
  const row = cell?.closest('[role="row"], tr');
  const grid = row?.closest('[role="grid"], [role="treegrid"], [role="table"], table');
  if (!cell || !row || !grid) return '';
  const cells = cellsOf(row);
  const column = columnOf(cell, cells.indexOf(cell));
  const headerRow = Array.from(grid.querySelectorAll('[role="row"], tr')).find((r) =>
    cellsOf(r).some((c) => c.matches('th, [role="columnheader"]')),
  );
  if (!headerRow || headerRow === row) return '';
  const header = cellsOf(headerRow).find((c, i) => columnOf(c, i) === column);
  return header ? textOf(header) : '';
}

export function accessibleNameCandidates(el: Element): string[] {
  const out: string[] = [];
  for (const name of [accessibleName(el), labelledByOutside(el), azcLabel(el)]) if (name && !out.includes(name)) out.push(name);
  const header = out.length === 0 ? columnHeaderName(el) : '';
  if (header) out.push(header);
  return out;
}

/** CSS.escape is missing in some test DOMs; ids here are simple, so a small escape is enough. */
export function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
