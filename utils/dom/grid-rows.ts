/**
 * Rows of a virtualised grid. Fluent's DetailsList renders only the rows near
 * the viewport; ARIA still says how many there are (aria-rowcount on the
 * grid, aria-rowindex on each row). Rows read while the admin had the
 * assistant scroll through the list (./read-whole-grid.ts) are kept here, per
 * grid element, so a later scan still sees them once they are scrolled away.
 * Kept in memory only, for as long as the page keeps that grid.
 */

/** A row's cells: column index → the cell's text. */
export type RowCells = ReadonlyMap<number, string>;

interface Remembered {
  /** The grid's aria-rowcount when the rows were read: a change means the list changed. */
  rowCount: string | null;
  rows: Map<number, RowCells>;
  /** Read to the end of the list: for a grid that does not know its length (aria-rowcount -1), that is all of it. */
  ended: boolean;
}

const remembered = new WeakMap<Element, Remembered>();

/** A row's 1-based aria-rowindex, or null when the grid does not say. */
export function ariaRowIndex(row: Element): number | null {
  const n = Number(row.getAttribute('aria-rowindex'));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * How many rows the grid says it has (header rows included), from
 * aria-rowcount. -1 is ARIA's "not known": the list may go on, so it is
 * returned as such; absent or malformed is null (the rendered rows are all).
 */
export function declaredRowCount(table: Element): number | null {
  const raw = table.getAttribute('aria-rowcount');
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= -1 ? n : null;
}

const same = (a: RowCells, b: RowCells): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** Keep rows read from the grid now (by aria-rowindex) for later scans. */
export function rememberRows(table: Element, rows: ReadonlyMap<number, RowCells>, ended = false): void {
  const rowCount = table.getAttribute('aria-rowcount');
  const known = remembered.get(table);
  const keep = known && known.rowCount === rowCount ? known.rows : new Map<number, RowCells>();
  for (const [index, cells] of rows) keep.set(index, cells);
  remembered.set(table, { rowCount, rows: keep, ended: (known?.rowCount === rowCount && known.ended) || ended });
}

/** Whether the rows remembered reach the end of the list (see `rememberRows`' `ended`). */
export function readToEnd(table: Element): boolean {
  return remembered.get(table)?.ended ?? false;
}

/**
 * The remembered rows that are not rendered now. What is rendered always
 * wins: when the grid's row count changed, or a rendered row no longer reads
 * as remembered, the list changed under us and everything remembered is
 * dropped (the control then offers to read the list again).
 */
export function recallRows(table: Element, rendered: ReadonlyMap<number, RowCells>): Map<number, RowCells> {
  const known = remembered.get(table);
  if (!known) return new Map();
  const stale =
    known.rowCount !== table.getAttribute('aria-rowcount') ||
    [...rendered].some(([index, cells]) => {
      const was = known.rows.get(index);
      return was !== undefined && !same(was, cells);
    });
  if (stale) {
    remembered.delete(table);
    return new Map();
  }
  return new Map([...known.rows].filter(([index]) => !rendered.has(index)));
}
