// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { declaredRowCount, rememberRows } from '@/utils/dom/grid-rows';
import { gridExtent, readTableExtent, renderedIndexedRows } from '@/utils/dom/read-table';
import { gridMarkup, type GridSpec } from './support/virtual-grid';

const COLUMNS = { name: ['Claim name'], value: ['Value'] };
const claims = (n: number) => Array.from({ length: n }, (_, i) => [`claim${i + 1}`, `user.attribute${i + 1}`]);

/** The 40-claim grid, drawing rows 0 to 15 unless told otherwise. */
const markup = (spec: Partial<GridSpec>) =>
  gridMarkup({ label: 'Additional claims', columns: ['Claim name', 'Value'], rows: claims(40), from: 0, to: 15, ...spec });

function mount(spec: Partial<GridSpec> = {}): Element {
  document.body.innerHTML = markup(spec);
  const grid = document.querySelector('[role="grid"]');
  if (!grid) throw new Error('no grid');
  return grid;
}

/** Draws another window of the same grid element, as a virtualised list does on scroll. */
function redraw(grid: Element, spec: Partial<GridSpec>): void {
  const fresh = document.createElement('div');
  fresh.innerHTML = markup(spec);
  grid.replaceChildren(...Array.from(fresh.querySelector('[role="grid"]')?.children ?? []));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a virtualised grid read in part', () => {
  it('says how many rows the grid holds, from aria-rowcount less its header row, and that the rendered ones are not all', () => {
    mount();
    const read = readTableExtent(document, COLUMNS, ['name', 'value']);
    expect(read?.rows).toHaveLength(15);
    expect(read?.total).toBe(40);
    expect(read?.complete).toBe(false);
    expect(read?.rows[0]?.cells).toEqual({ name: 'claim1', value: 'user.attribute1' });
  });

  it('a grid without aria-rowcount, or with every row drawn, is complete', () => {
    const grid = mount({ to: 40 });
    expect(gridExtent(grid)).toMatchObject({ known: 40, total: 40, complete: true });
    grid.removeAttribute('aria-rowcount');
    expect(gridExtent(grid)).toMatchObject({ known: 40, total: null, complete: true });
  });

  it('keeps the rows read at other scroll positions, in row order, with no element for rows no longer drawn', () => {
    const grid = mount();
    rememberRows(grid, renderedIndexedRows(grid));
    redraw(grid, { from: 25, to: 40 });
    rememberRows(grid, renderedIndexedRows(grid));
    redraw(grid, { from: 12, to: 27 });
    const read = readTableExtent(document, COLUMNS, ['name', 'value']);
    expect(read?.complete).toBe(true);
    expect(read?.rows.map((r) => r.cells.name)).toEqual(claims(40).map((c) => c[0]));
    expect(read?.rows[0]?.element).toBeNull();
    expect(read?.rows[12]?.element?.getAttribute('aria-rowindex')).toBe('14');
  });

  it('forgets what it read when the list changed: another row count, or a drawn row that reads differently', () => {
    const grid = mount({ to: 40 });
    rememberRows(grid, renderedIndexedRows(grid));
    redraw(grid, { from: 0, to: 15 });
    expect(gridExtent(grid).complete).toBe(true);
    // A claim renamed at row 3: what is drawn wins, and the rest may be stale too.
    const changed = claims(40).map((c, i) => (i === 2 ? ['renamed', c[1] ?? ''] : c));
    redraw(grid, { rows: changed, from: 0, to: 15 });
    expect(gridExtent(grid)).toMatchObject({ known: 15, total: 40, complete: false });

    rememberRows(grid, renderedIndexedRows(grid));
    redraw(grid, { rows: changed, from: 15, to: 30 });
    expect(gridExtent(grid).known).toBe(30);
    grid.setAttribute('aria-rowcount', '42');
    expect(gridExtent(grid)).toMatchObject({ known: 15, total: 41, complete: false });
  });

  it('reads aria-rowcount -1 as "not known": never complete until read to the end', () => {
    const grid = mount({ rowCount: -1 });
    expect(declaredRowCount(grid)).toBe(-1);
    expect(gridExtent(grid)).toMatchObject({ known: 15, total: null, complete: false });
    rememberRows(grid, renderedIndexedRows(grid), true);
    expect(gridExtent(grid).complete).toBe(true);
  });

  it('ignores a malformed aria-rowcount', () => {
    const grid = mount({ to: 40 });
    for (const bad of ['', 'many', '2.5', '-7']) {
      grid.setAttribute('aria-rowcount', bad);
      expect(declaredRowCount(grid)).toBeNull();
      expect(gridExtent(grid).complete).toBe(true);
    }
  });
});
