import type { ListExtent } from '@/utils/dom/read-table';
import { readWholeGrid } from '@/utils/dom/read-whole-grid';
import type { PortalFeature } from '@/utils/features/types';
import { safe, type ControllerContext } from './context';

/**
 * Lists a feature needs whole (PortalFeature.lists) that a virtualised grid
 * shows only in part: found on every scan, read on the admin's "Read all
 * rows" click. Reading scrolls the list, so it never starts from a scan.
 */

/** The first list of `f` that shows fewer rows than it holds, or null. */
export function partialListOf(ctx: ControllerContext, f: PortalFeature): ListExtent | null {
  const partial = safe(() => f.lists?.(ctx.doc) ?? [], []).find((e) => !e.complete);
  return partial ? { known: partial.known, total: partial.total } : null;
}

export async function readLists(ctx: ControllerContext, f: PortalFeature, render: () => void, rescan: () => void): Promise<void> {
  const s = ctx.stateOf(f);
  if (s.reading || !s.partialList) return;
  s.reading = { ...s.partialList };
  s.error = null;
  render();
  try {
    for (const list of safe(() => f.lists?.(ctx.doc) ?? [], [])) {
      if (list.complete) continue;
      const read = await readWholeGrid(list.table, {
        onProgress: (known, total) => {
          s.reading = { known, total };
          render();
        },
      });
      if (read.problem) s.error = `${read.problem} The assistant has read ${read.known} of ${read.total ?? 'the'} rows.`;
    }
  } catch {
    s.error = 'The list could not be read; scroll through it yourself and the assistant reads what it shows.';
  } finally {
    s.reading = null;
    rescan();
    render();
  }
}
