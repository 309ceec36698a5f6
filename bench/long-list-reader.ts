import { gridExtent } from '@/utils/dom/read-table';
import { readWholeGrid } from '@/utils/dom/read-whole-grid';

/** Runs in the bench page (bundled by bench/long-list.ts): the assistant's whole-grid reader, without the rest. */

declare global {
  interface Window {
    readWholeList: () => Promise<{ known: number; total: number | null; complete: boolean; ms: number; steps: number }>;
    listExtent: () => { known: number; total: number | null };
  }
}

const grid = () => {
  const el = document.querySelector('[role="grid"]');
  if (!el) throw new Error('no grid on the page');
  return el;
};

window.listExtent = () => {
  const { known, total } = gridExtent(grid());
  return { known, total };
};

window.readWholeList = async () => {
  let steps = 0;
  const started = performance.now();
  const read = await readWholeGrid(grid(), { onProgress: () => steps++ });
  return { known: read.known, total: read.total, complete: read.complete, ms: performance.now() - started, steps };
};
