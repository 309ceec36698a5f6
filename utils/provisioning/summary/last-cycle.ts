import type { ProvisioningAction, ProvisioningEvent, ProvisioningResult } from '@/utils/provisioning/types';

/**
 * The last provisioning cycle in an export: the cycle of the latest event
 * that names one. Exports without cycle IDs (on-demand results, some CSVs)
 * are taken as one cycle.
 */

export interface Counts {
  events: number;
  byStatus: Record<ProvisioningResult, number>;
  byAction: Record<ProvisioningAction, number>;
}

export interface CycleSummary extends Counts {
  /** Null when the export names no cycle: then every event counts. */
  cycleId: string | null;
  from: string | null;
  to: string | null;
}

export function emptyCounts(): Counts {
  return {
    events: 0,
    byStatus: { success: 0, warning: 0, failure: 0, skipped: 0, unknown: 0 },
    byAction: { create: 0, update: 0, delete: 0, stagedDelete: 0, disable: 0, other: 0, unknown: 0 },
  };
}

export function countEvents(events: readonly ProvisioningEvent[], idx?: readonly number[]): Counts {
  const c = emptyCounts();
  const add = (e: ProvisioningEvent | undefined) => {
    if (!e) return;
    c.events++;
    c.byStatus[e.status]++;
    c.byAction[e.action]++;
  };
  if (idx) for (const i of idx) add(events[i]);
  else for (const e of events) add(e);
  return c;
}

/** Indexes of the last cycle's events, and its summary; null when there are no events. */
export function lastCycle(events: readonly ProvisioningEvent[]): { idx: number[]; summary: CycleSummary } | null {
  if (events.length === 0) return null;
  let latest: ProvisioningEvent | null = null;
  for (const e of events) if (e.cycleId && (latest === null || (e.time ?? '') > (latest.time ?? ''))) latest = e;
  const cycleId = latest?.cycleId ?? null;
  const idx: number[] = [];
  let from: string | null = null;
  let to: string | null = null;
  events.forEach((e, i) => {
    if (cycleId !== null && e.cycleId !== cycleId) return;
    idx.push(i);
    if (e.time) {
      if (from === null || e.time < from) from = e.time;
      if (to === null || e.time > to) to = e.time;
    }
  });
  return { idx, summary: { cycleId, from, to, ...countEvents(events, idx) } };
}
