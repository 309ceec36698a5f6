import { deepQueryAll } from './deep-query';
import { labelMatches } from './labels';
import { textOf } from './text';

/**
 * Read a table (native or ARIA grid) into rows keyed by our own column ids,
 * matching header texts exactly against variants. Columns we do not know are
 * ignored, so a portal adding one does not break reading.
 */

export type ColumnSpec<K extends string> = Record<K, readonly string[]>;

export interface TableRow<K extends string> {
  cells: Partial<Record<K, string>>;
  /** The row element, for highlighting; not serialisable. */
  element: Element;
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

/** Tables in `scope` whose header row names every one of `required` columns. */
export function readTable<K extends string>(
  scope: ParentNode,
  columns: ColumnSpec<K>,
  required: readonly NoInfer<K>[],
): TableRow<K>[] | null {
  const keys = Object.keys(columns) as K[];
  const self = 'matches' in scope && (scope as Element).matches(TABLES) ? [scope as Element] : [];
  for (const table of [...self, ...deepQueryAll(scope, TABLES)]) {
    const rows = rowsOf(table);
    const header = rows.find(isHeaderRow);
    if (!header) continue;
    const indexOf = new Map<K, number>();
    cellsOf(header).forEach((cell, i) => {
      const key = keys.find((k) => labelMatches(textOf(cell), columns[k]));
      if (key !== undefined && !indexOf.has(key)) indexOf.set(key, columnOf(cell, i));
    });
    if (!required.every((k) => indexOf.has(k))) continue;
    return rows
      .filter((row) => row !== header && !isHeaderRow(row))
      .map((row) => {
        const cells = new Map(cellsOf(row).map((cell, i) => [columnOf(cell, i), cell]));
        const out: Partial<Record<K, string>> = {};
        for (const [key, i] of indexOf) {
          const cell = cells.get(i);
          if (cell) out[key] = textOf(cell);
        }
        return { cells: out, element: row };
      });
  }
  return null;
}
