import { textOf } from './text';

/**
 * Read a read-only summary made of label → value rows, whatever it is built
 * from: table rows (th/td), ARIA rows, a definition list, or (Knockout's
 * summaries) a row element holding exactly two text elements.
 */

export interface Pair {
  label: string;
  value: string;
}

const CONTROLS = 'input, textarea, select, button, [role="button"], [role="textbox"], [role="combobox"], a[href]';

function tableRows(scope: Element): Pair[] {
  const out: Pair[] = [];
  for (const row of Array.from(scope.querySelectorAll('tr, [role="row"]'))) {
    const cells = Array.from(row.children).filter((c) => c.matches('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]'));
    const [head, cell] = cells;
    if (head && cell && cells.length === 2) out.push({ label: textOf(head), value: textOf(cell) });
  }
  return out;
}

function definitions(scope: Element): Pair[] {
  const out: Pair[] = [];
  for (const dt of Array.from(scope.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') out.push({ label: textOf(dt), value: textOf(dd) });
  }
  return out;
}

function twoTextRows(scope: Element): Pair[] {
  const out: Pair[] = [];
  for (const row of Array.from(scope.querySelectorAll('div, li, p'))) {
    const kids = Array.from(row.children);
    const [head, cell] = kids;
    if (kids.length !== 2 || !head || !cell || row.querySelector(CONTROLS)) continue;
    if (head.children.length > 1 || cell.children.length > 1) continue;
    const label = textOf(head);
    if (label && label.length <= 200) out.push({ label, value: textOf(cell) });
  }
  return out;
}

export function readPairs(scope: Element): Pair[] {
  const structured = [...tableRows(scope), ...definitions(scope)];
  return structured.length > 0 ? structured : twoTextRows(scope);
}
