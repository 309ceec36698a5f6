import { declaredRowCount, rememberRows } from './grid-rows';
import { gridExtent, lastRenderedRow, renderedIndexedRows } from './read-table';

/**
 * Read every row of a virtualised grid by scrolling it through, on the
 * admin's click only: scrolling moves the page under the admin's eyes, so a
 * scan never does it. Each step scrolls the list's own scroller (or the
 * frame's document) by one view, waits until the list has re-rendered, and
 * keeps the rows it shows (./grid-rows.ts). The admin's scroll position is
 * put back at the end, whatever happened.
 */

export interface WholeGridRead {
  known: number;
  total: number | null;
  complete: boolean;
  /** Why not every row was read, in words; absent when complete. */
  problem?: string;
}

export interface WholeGridOptions {
  /** Gives up after this long, in ms (default 30 s): a list that never settles must not hold the control. */
  timeoutMs?: number;
  /** How long the list must stay unchanged after a scroll before its rows are read, in ms. */
  quietMs?: number;
  onProgress?(known: number, total: number | null): void;
  signal?: AbortSignal;
}

function scrollerOf(table: Element): Element {
  const view = table.ownerDocument.defaultView;
  for (let el = table.parentElement; el; el = el.parentElement) {
    if (el.scrollHeight <= el.clientHeight + 1) continue;
    if (el.getAttribute('data-is-scrollable') === 'true') return el;
    const overflow = view?.getComputedStyle(el).overflowY ?? '';
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return table.ownerDocument.scrollingElement ?? table.ownerDocument.documentElement;
}

/** Resolves once `el` has had no DOM change for `quietMs` (a list re-renders a little after the scroll), or after `capMs`. */
function quiet(el: Element, quietMs: number, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    const view = el.ownerDocument.defaultView ?? globalThis;
    let timer = view.setTimeout(done, quietMs);
    const cap = view.setTimeout(done, capMs);
    const observer = new MutationObserver(() => {
      view.clearTimeout(timer);
      timer = view.setTimeout(done, quietMs);
    });
    observer.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
    function done(): void {
      observer.disconnect();
      view.clearTimeout(timer);
      view.clearTimeout(cap);
      resolve();
    }
  });
}

const MAX_STEPS = 2_000;

/**
 * Where to scroll next: to put the last row the list has drawn at the top of
 * the view. A list that draws ahead of the view (Fluent's List draws two views
 * ahead) is read in a few long steps, and no row is skipped, since that row is
 * still drawn. A list that draws nothing beyond the view moves one view on.
 */
function nextTop(scroller: Element, table: Element): number {
  const before = scroller.scrollTop;
  const view = Math.max(40, scroller.clientHeight);
  const last = lastRenderedRow(table);
  const doc = table.ownerDocument;
  const isDocument = scroller === doc.scrollingElement || scroller === doc.documentElement;
  const viewTop = isDocument ? 0 : scroller.getBoundingClientRect().top;
  const offset = last ? last.getBoundingClientRect().top - viewTop : 0;
  return before + (offset > view ? offset : view);
}

export async function readWholeGrid(table: Element, opts: WholeGridOptions = {}): Promise<WholeGridRead> {
  const scroller = scrollerOf(table);
  const start = scroller.scrollTop;
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  const quietMs = opts.quietMs ?? 100;
  const gather = (ended = false) => {
    rememberRows(table, renderedIndexedRows(table), ended);
    const e = gridExtent(table);
    opts.onProgress?.(e.known, e.total);
    return e;
  };
  let problem: string | undefined;
  try {
    scroller.scrollTop = 0;
    await quiet(table, quietMs, 1_500);
    let e = gather();
    for (let step = 0; !e.complete && step < MAX_STEPS; step++) {
      if (opts.signal?.aborted || !table.isConnected) {
        problem = 'The list closed before every row was read.';
        break;
      }
      if (Date.now() > deadline) {
        problem = 'The list took too long to show its rows.';
        break;
      }
      const before = scroller.scrollTop;
      const knownBefore = e.known;
      scroller.scrollTop = nextTop(scroller, table);
      await quiet(table, quietMs, 1_500);
      // Nothing new yet: the list may be slow to draw after a scroll. Give it longer before moving on, so no view is skipped.
      if (gridExtent(table).known === knownBefore) await quiet(table, quietMs * 4, 3_000);
      const atEnd = scroller.scrollTop <= before;
      // A list that does not know its length is whole once its end is reached.
      e = gather(atEnd && declaredRowCount(table) === -1);
      // The end of the list, and still not every row: the grid numbers its rows differently from what it renders.
      if (atEnd && !e.complete) {
        problem = "The end of the list was reached, but the list's row numbers do not add up to its length.";
        break;
      }
    }
    const { known, total, complete } = e;
    return { known, total, complete, ...(complete ? {} : { problem: problem ?? 'Not every row could be read.' }) };
  } finally {
    scroller.scrollTop = start;
  }
}
