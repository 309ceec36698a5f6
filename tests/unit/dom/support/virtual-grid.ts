/**
 * A virtualised grid as Fluent's DetailsList draws one (portal-dom-evidence
 * point 5): a header row, then only the rows near the viewport, each with
 * its aria-rowindex, a check cell and the real cells inside DetailsRowFields;
 * aria-rowcount counts every row, header included. `mountVirtualList` adds a
 * scroller with a fake layout (jsdom has none) that re-renders its window a
 * little after each scroll, as Fluent's List does from a debounced handler.
 */

export interface GridSpec {
  label: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Data rows drawn, 0-based, end exclusive. */
  from: number;
  to: number;
  /** aria-rowcount, if not every row plus the header. */
  rowCount?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rowMarkup(cells: readonly string[], index: number): string {
  const fields = cells.map((c, i) => `<div role="gridcell" aria-colindex="${i + 2}">${esc(c)}</div>`).join('');
  return `<div role="row" aria-rowindex="${index + 2}" data-automationid="DetailsRow"><div role="gridcell" aria-colindex="1"></div><div role="presentation" data-automationid="DetailsRowFields">${fields}</div></div>`;
}

export function bodyMarkup(spec: GridSpec): string {
  return spec.rows
    .slice(spec.from, spec.to)
    .map((cells, i) => rowMarkup(cells, spec.from + i))
    .join('');
}

export function gridMarkup(spec: GridSpec): string {
  const header = spec.columns.map((c, i) => `<div role="columnheader" aria-colindex="${i + 2}">${esc(c)}</div>`).join('');
  const count = spec.rowCount ?? spec.rows.length + 1;
  return `<div role="grid" aria-label="${esc(spec.label)}" aria-rowcount="${count}">
    <div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="1"></div>${header}</div>
    <div class="ms-List-page">${bodyMarkup(spec)}</div></div>`;
}

export interface VirtualList {
  scroller: HTMLElement;
  grid: Element;
}

/** A grid in a scroller 10 rows high (rows 30 px), rendering 15 rows around the scroll position, 40 ms after a scroll. */
export function mountVirtualList(
  container: HTMLElement,
  spec: Omit<GridSpec, 'from' | 'to'>,
  opts: { delayMs?: number; rowHeight?: number; rendered?: number } = {},
): VirtualList {
  const rowHeight = opts.rowHeight ?? 30;
  const window = opts.rendered ?? 15;
  const rows = spec.rows;
  container.innerHTML = `<div class="scroller" style="overflow-y: auto">${gridMarkup({ ...spec, from: 0, to: window })}</div>`;
  const scroller = container.querySelector<HTMLElement>('.scroller');
  const grid = container.querySelector('[role="grid"]');
  const page = container.querySelector<HTMLElement>('.ms-List-page');
  if (!scroller || !grid || !page) throw new Error('virtual list markup');
  let top = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const height = () => rows.length * rowHeight + rowHeight;
  Object.defineProperty(scroller, 'clientHeight', { get: () => 10 * rowHeight });
  Object.defineProperty(scroller, 'scrollHeight', { get: () => height() });
  Object.defineProperty(scroller, 'scrollTop', {
    get: () => top,
    set: (v: number) => {
      top = Math.max(0, Math.min(v, height() - 10 * rowHeight));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const first = Math.floor(top / rowHeight);
        page.innerHTML = bodyMarkup({ ...spec, rows, from: first, to: Math.min(rows.length, first + window) });
      }, opts.delayMs ?? 40);
    },
  });
  return { scroller, grid };
}
