import { z } from 'zod';

/**
 * The bounded index of what is kept, per tab: pure bookkeeping, no storage.
 * Both the count and the bytes are capped per tab, and the bytes across all
 * tabs, because storage.session has a 10 MB quota shared by the extension.
 */

export interface Caps {
  maxPerTab: number;
  maxBytesPerTab: number;
  maxBytesTotal: number;
}

export const DEFAULT_CAPS: Caps = {
  maxPerTab: 300,
  maxBytesPerTab: 3 * 1024 * 1024,
  maxBytesTotal: 7 * 1024 * 1024,
};

export const IndexEntry = z.object({
  id: z.string(),
  tabId: z.number().int(),
  fp: z.string(),
  at: z.number(),
  bytes: z.number().int().nonnegative(),
  failed: z.boolean(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/** Oldest first. */
export const CaptureIndex = z.array(IndexEntry);
export type CaptureIndex = z.infer<typeof CaptureIndex>;

export interface AddPlan {
  index: CaptureIndex;
  evicted: string[];
}

function tabBytes(index: CaptureIndex, tabId: number): number {
  let n = 0;
  for (const e of index) if (e.tabId === tabId) n += e.bytes;
  return n;
}

/** Appends an entry and evicts the oldest entries until every cap holds. An entry larger than a cap is refused. */
export function planAdd(index: CaptureIndex, entry: IndexEntry, caps: Caps = DEFAULT_CAPS): AddPlan | null {
  if (entry.bytes > caps.maxBytesPerTab || entry.bytes > caps.maxBytesTotal) return null;
  const next = [...index, entry];
  const evicted: string[] = [];
  const drop = (i: number) => {
    const [gone] = next.splice(i, 1);
    if (gone) evicted.push(gone.id);
  };
  let count = next.filter((e) => e.tabId === entry.tabId).length;
  let bytes = tabBytes(next, entry.tabId);
  while (count > caps.maxPerTab || bytes > caps.maxBytesPerTab) {
    const i = next.findIndex((e) => e.tabId === entry.tabId);
    const gone = next[i];
    if (!gone || gone === entry) break;
    count--;
    bytes -= gone.bytes;
    drop(i);
  }
  let total = next.reduce((n, e) => n + e.bytes, 0);
  while (total > caps.maxBytesTotal && next.length > 1) {
    const gone = next[0];
    if (!gone || gone === entry) break;
    total -= gone.bytes;
    drop(0);
  }
  return { index: next, evicted };
}

export function failuresInTab(index: CaptureIndex, tabId: number): number {
  let n = 0;
  for (const e of index) if (e.tabId === tabId && e.failed) n++;
  return n;
}

export function bytesInIndex(index: CaptureIndex): number {
  return index.reduce((n, e) => n + e.bytes, 0);
}
