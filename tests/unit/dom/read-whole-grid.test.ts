// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { gridExtent, readTableExtent } from '@/utils/dom/read-table';
import { readWholeGrid } from '@/utils/dom/read-whole-grid';
import { mountVirtualList } from './support/virtual-grid';

const COLUMNS = { name: ['Claim name'], value: ['Value'] };
const claims = (n: number) => Array.from({ length: n }, (_, i) => [`claim${i + 1}`, `user.attribute${i + 1}`]);
const spec = (n: number, rowCount?: number) => ({
  label: 'Additional claims',
  columns: ['Claim name', 'Value'],
  rows: claims(n),
  ...(rowCount === undefined ? {} : { rowCount }),
});

function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading a virtualised grid whole, on the admin’s click', () => {
  it('scrolls the list through, keeps every row, and puts the scroll back where the admin had it', async () => {
    const list = mountVirtualList(container(), spec(83));
    list.scroller.scrollTop = 90;
    await new Promise((r) => setTimeout(r, 60));
    const progress: number[] = [];
    const read = await readWholeGrid(list.grid, { quietMs: 60, onProgress: (known) => progress.push(known) });
    expect(read).toEqual({ known: 83, total: 83, complete: true });
    expect(list.scroller.scrollTop).toBe(90);
    // It went a view at a time, not in one jump: each step showed more rows.
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const rows = readTableExtent(document, COLUMNS, ['name', 'value'])?.rows ?? [];
    expect(rows.map((r) => r.cells.name)).toEqual(claims(83).map((c) => c[0]));
  });

  it('a list slow to draw after a scroll is waited for, so no view of it is skipped', async () => {
    // It draws 200 ms after each scroll; the reader's quiet period is 60 ms.
    const list = mountVirtualList(container(), spec(83), { delayMs: 200 });
    const read = await readWholeGrid(list.grid, { quietMs: 60 });
    expect(read).toEqual({ known: 83, total: 83, complete: true });
  });

  it('a list whose row numbers do not add up stops at its end and says so', async () => {
    // aria-rowcount claims 100 rows, 83 exist.
    const list = mountVirtualList(container(), spec(83, 101));
    const read = await readWholeGrid(list.grid, { quietMs: 60 });
    expect(read.complete).toBe(false);
    expect(read.known).toBe(83);
    expect(read.problem).toMatch(/end of the list was reached/);
    expect(list.scroller.scrollTop).toBe(0);
  });

  it('a list that does not know its length (aria-rowcount -1) is whole once read to its end', async () => {
    const list = mountVirtualList(container(), spec(50, -1));
    expect(gridExtent(list.grid).complete).toBe(false);
    const read = await readWholeGrid(list.grid, { quietMs: 60 });
    expect(read).toEqual({ known: 50, total: null, complete: true });
    expect(gridExtent(list.grid).complete).toBe(true);
  });

  it('gives up after its time limit with what it has, and still puts the scroll back', async () => {
    const list = mountVirtualList(container(), spec(200), { delayMs: 40 });
    list.scroller.scrollTop = 30;
    await new Promise((r) => setTimeout(r, 60));
    const read = await readWholeGrid(list.grid, { quietMs: 60, timeoutMs: 200 });
    expect(read.complete).toBe(false);
    expect(read.known).toBeGreaterThan(15);
    expect(read.known).toBeLessThan(200);
    expect(read.problem).toMatch(/too long/);
    expect(list.scroller.scrollTop).toBe(30);
  });

  it('stops when the list goes away mid-read', async () => {
    const list = mountVirtualList(container(), spec(200));
    const signal = AbortSignal.timeout(150);
    const read = await readWholeGrid(list.grid, { quietMs: 60, signal });
    expect(read.complete).toBe(false);
    expect(read.problem).toMatch(/closed/);
  });
});
