import { z } from 'zod';
import { Budget } from './budget';

/**
 * The bounded index of what is kept, per tab and budget: pure bookkeeping,
 * no storage. Each budget (./budget.ts) caps its count and bytes per tab and
 * its bytes across all tabs, and an entry only evicts older entries of its
 * own budget, so captures a page forces cannot push out genuine ones. The
 * budgets' totals add up to 7 MB, under storage.session's 10 MB quota.
 */

export interface Caps {
  maxPerTab: number;
  maxBytesPerTab: number;
  maxBytesTotal: number;
}

export type BudgetCaps = Record<Budget, Caps>;

const MB = 1024 * 1024;

export const DEFAULT_CAPS: BudgetCaps = {
  acs: { maxPerTab: 150, maxBytesPerTab: 1.5 * MB, maxBytesTotal: 3 * MB },
  'sign-in': { maxPerTab: 150, maxBytesPerTab: 1.5 * MB, maxBytesTotal: 2.5 * MB },
  other: { maxPerTab: 50, maxBytesPerTab: 0.5 * MB, maxBytesTotal: 1.5 * MB },
};

/** One set of caps for every budget (tests, and callers that do not need the split). */
export function sameCaps(caps: Caps): BudgetCaps {
  return { acs: caps, 'sign-in': caps, other: caps };
}

export const IndexEntry = z.object({
  id: z.string(),
  tabId: z.number().int(),
  fp: z.string(),
  at: z.number(),
  bytes: z.number().int().nonnegative(),
  failed: z.boolean(),
  // An index written before budgets existed counts as 'other'.
  budget: Budget.catch('other'),
  incognito: z.literal(true).optional(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/** Oldest first. */
export const CaptureIndex = z.array(IndexEntry);
export type CaptureIndex = z.infer<typeof CaptureIndex>;

export interface AddPlan {
  index: CaptureIndex;
  evicted: string[];
}

/**
 * Appends an entry and evicts the oldest entries of its budget until that
 * budget's caps hold. An entry larger than a cap is refused.
 */
export function planAdd(index: CaptureIndex, entry: IndexEntry, all: BudgetCaps = DEFAULT_CAPS): AddPlan | null {
  const caps = all[entry.budget];
  if (entry.bytes > caps.maxBytesPerTab || entry.bytes > caps.maxBytesTotal) return null;
  const next = [...index, entry];
  const evicted: string[] = [];
  const drop = (i: number) => {
    const [gone] = next.splice(i, 1);
    if (gone) evicted.push(gone.id);
  };
  const sameTab = (e: IndexEntry) => e.budget === entry.budget && e.tabId === entry.tabId;
  const sameBudget = (e: IndexEntry) => e.budget === entry.budget;
  let count = 0;
  let bytes = 0;
  let total = 0;
  for (const e of next) {
    if (sameTab(e)) {
      count++;
      bytes += e.bytes;
    }
    if (sameBudget(e)) total += e.bytes;
  }
  while (count > caps.maxPerTab || bytes > caps.maxBytesPerTab) {
    const i = next.findIndex(sameTab);
    const gone = next[i];
    if (!gone || gone === entry) break;
    count--;
    bytes -= gone.bytes;
    total -= gone.bytes;
    drop(i);
  }
  while (total > caps.maxBytesTotal) {
    const i = next.findIndex(sameBudget);
    const gone = next[i];
    if (!gone || gone === entry) break;
    total -= gone.bytes;
    drop(i);
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
