import { deepQueryAll } from './deep-query';
import { ariaRowIndex, declaredRowCount, readToEnd, recallRows, type RowCells } from './grid-rows';
import { labelMatches } from './labels';
import { textOf } from './text';

/**
 * Read a table (native or ARIA grid) into rows keyed by our own column ids,
 * matching header texts exactly against variants. Columns we do not know are
 * ignored, so a portal adding one does not break reading. A virtualised grid
 * renders only some rows: the read says how many it holds, and includes the
 * rows the admin had the assistant scroll through (./grid-rows.ts).
 */

export type ColumnSpec<K extends string> = Record<K, readonly string[]>;

export interface TableRow<K extends string> {
  cells: Partial<Record<K, string>>;
  /** The row element, for highlighting; null for a row read earlier and no longer rendered. Not serialisable. */
  element: Element | null;
}

export interface TableRead<K extends string> {
  /** The grid or table element. */
  table: Element;
  rows: TableRow<K>[];
  /** Data rows the grid holds by its aria-rowcount, null when it does not say (or says -1, "not known"). */
  total: number | null;
  /** Whether `rows` are all of them: no aria-rowcount (every row is rendered), or as many rows as it declares. */
  complete: boolean;
}

const TABLES = 'table, [role="table"], [role="grid"], [role="treegrid"]';

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr, [role="row"]')).filter((row) => row.closest(TABLES) === table);
}

const CELLS = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';

// Fluent's DetailsList puts a row's cells in a presentational wrapper (DetailsRowFields), after a check cell.
export function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(row.children)) {
    if (child.matches(CELLS)) out.push(child);
    else if (child.getAttribute('role') === 'presentation' || child.getAttribute('role') === 'none') out.push(...cellsOf(child));
  }
  return out;
}

/** A cell's column: its aria-colindex (1-based) when the grid says so, else its position. */
export function columnOf(cell: Element, position: number): number {
  const index = Number(cell.getAttribute('aria-colindex'));
  return Number.isInteger(index) && index > 0 ? index - 1 : position;
}

function isHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((c) => c.matches('th, [role="columnheader"]'));
}

const textsOf = (row: Element): RowCells => new Map(cellsOf(row).map((cell, i) => [columnOf(cell, i), textOf(cell)]));

interface GridRows {
  rows: { cells: RowCells; element: Element | null }[];
  total: number | null;
  complete: boolean;
}

/** A grid's data rows, rendered and remembered, in row order, and how many it declares. */
function gridRows(table: Element): GridRows {
  const all = rowsOf(table);
  const headers = all.filter(isHeaderRow).length;
  const rendered = all
    .filter((row) => !isHeaderRow(row))
    .map((element) => ({ element, index: ariaRowIndex(element), cells: textsOf(element) }));
  const indexed = new Map(rendered.flatMap((r) => (r.index === null ? [] : [[r.index, r.cells] as const])));
  const recalled = [...recallRows(table, indexed)].map(([index, cells]) => ({ element: null, index, cells }));
  const rows = recalled.length === 0 ? rendered : [...rendered, ...recalled].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const declared = declaredRowCount(table);
  const total = declared === null || declared < 0 ? null : Math.max(0, declared - headers);
  // -1 says the grid does not know its length: complete only once read to its end.
  const complete = declared === -1 ? readToEnd(table) : total === null || rows.length >= total;
  return { rows, total, complete };
}

/** How many data rows a grid holds, how many are known (rendered or read earlier), and whether that is all of them. */
export interface GridExtent {
  table: Element;
  known: number;
  total: number | null;
  complete: boolean;
}

/** How much of a list is known, and how many rows it says it holds (null: it does not know). */
export type ListExtent = Pick<GridExtent, 'known' | 'total'>;

export function gridExtent(table: Element): GridExtent {
  const { rows, total, complete } = gridRows(table);
  return { table, known: rows.length, total, complete };
}

/** A table read's extent, without reading it again. */
export const extentOf = (read: TableRead<string>): GridExtent => ({
  table: read.table,
  known: read.rows.length,
  total: read.total,
  complete: read.complete,
});

/** The first table in `scope` whose header row names every one of `required` columns, read. */
export function readTableExtent<K extends string>(
  scope: ParentNode,
  columns: ColumnSpec<K>,
  required: readonly NoInfer<K>[],
  /** A table that is not the one wanted although it sits in `scope` (another section's, with the same columns). */
  skip?: Element | null,
): TableRead<K> | null {
  const keys = Object.keys(columns) as K[];
  const self = 'matches' in scope && (scope as Element).matches(TABLES) ? [scope as Element] : [];
  for (const table of [...self, ...deepQueryAll(scope, TABLES)]) {
    if (table === skip) continue;
    const header = rowsOf(table).find(isHeaderRow);
    if (!header) continue;
    const indexOf = new Map<K, number>();
    cellsOf(header).forEach((cell, i) => {
      const key = keys.find((k) => labelMatches(textOf(cell), columns[k]));
      if (key !== undefined && !indexOf.has(key)) indexOf.set(key, columnOf(cell, i));
    });
    if (!required.every((k) => indexOf.has(k))) continue;
    const { rows, total, complete } = gridRows(table);
    return {
      table,
      total,
      complete,
      rows: rows.map(({ cells, element }) => {
        const out: Partial<Record<K, string>> = {};
        for (const [key, i] of indexOf) {
          const text = cells.get(i);
          if (text !== undefined) out[key] = text;
        }
        return { cells: out, element };
      }),
    };
  }
  return null;
}

/** The rows of the first table in `scope` that names every one of `required` columns. */
export function readTable<K extends string>(
  scope: ParentNode,
  columns: ColumnSpec<K>,
  required: readonly NoInfer<K>[],
): TableRow<K>[] | null {
  return readTableExtent(scope, columns, required)?.rows ?? null;
}

/** The data rows a grid renders now that carry an aria-rowindex, by that index. */
export function renderedIndexedRows(table: Element): Map<number, RowCells> {
  const out = new Map<number, RowCells>();
  for (const row of rowsOf(table)) {
    const index = ariaRowIndex(row);
    if (index !== null && !isHeaderRow(row)) out.set(index, textsOf(row));
  }
  return out;
}

/** The last data row a grid renders now (the furthest down a virtualised list has drawn), or null. */
export function lastRenderedRow(table: Element): Element | null {
  const rows = rowsOf(table).filter((row) => !isHeaderRow(row));
  return rows.at(-1) ?? null;
}
