import type { FieldResult } from '@/utils/dom/field-result';
import type { FeatureReadiness } from '@/utils/messages/readiness';
import type { ListExtent } from '@/utils/dom/read-table';
import type { ControlPhase, ControlView } from './control-model';

/**
 * The in-page control's state machine, one per feature, as a pure function of
 * what the controller knows: the background's readiness (which agrees with
 * the side panel), the last fill's results for this pane, and whether a fill
 * is running. Each phase carries only its own messages, so nothing from an
 * earlier phase lingers:
 *
 *   checking → not ready ⇄ ready → filling → filled → done
 *                                          ↘ conflict (Replace) ↗
 *                                          ↘ not found (value + Copy)
 *
 * A pane Fill does not apply to (an overview, a list) is "info": notes and
 * what to open next, never a Fill button.
 */

export interface ControlInput {
  title: string;
  /** "JustCall" or "Entra" when the feature fills; null for read-only features. */
  fillsFrom: 'JustCall' | 'Entra' | null;
  /** Whether Fill applies to what the page shows now (not an overview). */
  canFill: boolean;
  /** What Fill puts into this pane when less than the plan's fields (one claim of three); null otherwise. */
  fillsHere: readonly string[] | null;
  readiness: FeatureReadiness | null;
  busy: boolean;
  results: readonly FieldResult[];
  /** Fields the admin agreed to replace. */
  consent: ReadonlySet<string>;
  /** Commit buttons pointed at, in words. */
  commit: readonly string[];
  /** The admin pressed Fill while it was not ready: what it lacked, in words. */
  unready: string | null;
  error: string | null;
  next: string | null;
  notes: readonly string[];
  /** A list the feature needs whole that shows only some rows; null when none. */
  partialList: ListExtent | null;
  /** How far reading a list has come, while it runs. */
  reading: ListExtent | null;
}

const unsettled = (r: FieldResult) => r.status === 'conflict' || r.status === 'not-found' || r.status === 'failed';

function resultPhase(i: ControlInput, r: FeatureReadiness | null): ControlPhase {
  const conflicts = i.results.filter((x) => x.status === 'conflict' && !i.consent.has(x.field));
  if (conflicts.length > 0) return { kind: 'conflict', results: [...i.results] };
  if (i.results.some((x) => x.status === 'not-found' || x.status === 'failed')) return { kind: 'not-found', results: [...i.results] };
  // Saved and seen saved: what the side panel says wins over "now click Save".
  if (r?.step.state === 'done') return { kind: 'done', summary: r.step.summary, results: [...i.results] };
  return { kind: 'filled', results: [...i.results], commit: [...i.commit] };
}

function phaseOf(i: ControlInput): ControlPhase {
  if (i.busy) return { kind: 'filling' };
  const r = i.readiness;
  const stepDone = r?.step.state === 'done';
  if (i.results.length > 0) return resultPhase(i, r);
  if (!i.fillsFrom || !i.canFill) return stepDone ? { kind: 'done', summary: r.step.summary, results: [] } : { kind: 'info' };
  if (!r) return { kind: 'checking' };
  if (stepDone && !i.unready) return { kind: 'done', summary: r.step.summary, results: [] };
  if (r.secret === 'confirm') return { kind: 'confirm-secret' };
  const lacking = r.fills.length === 0 && (r.missing.length > 0 || r.secret === 'missing');
  if (lacking || i.unready) return { kind: 'not-ready', from: i.fillsFrom, missing: [...r.missing], tried: i.unready };
  return { kind: 'ready', fills: i.fillsHere ? [...i.fillsHere] : r.fills, missing: r.missing };
}

/** Phases in which the admin may (re)run Fill. */
const FILLABLE = new Set<ControlPhase['kind']>(['ready', 'not-ready', 'filled', 'conflict', 'not-found', 'done']);
/** Phases whose own text says what comes next: a "Next: …" would repeat or contradict it. */
const SAYS_NEXT = new Set<ControlPhase['kind']>(['filled', 'conflict', 'not-found', 'filling']);
/** Phases in which the side panel's problem is being fixed or is gone. */
const PROBLEM_SETTLED = new Set<ControlPhase['kind']>(['filled', 'filling', 'done']);

export function controlView(i: ControlInput): ControlView {
  const phase = phaseOf(i);
  const offersFill = i.fillsFrom !== null && i.canFill && FILLABLE.has(phase.kind);
  return {
    title: i.title,
    fillLabel: offersFill ? `Fill from ${i.fillsFrom ?? ''}` : null,
    fillWaiting: offersFill && phase.kind === 'not-ready',
    phase,
    error: i.error,
    problem: PROBLEM_SETTLED.has(phase.kind) ? null : (i.readiness?.problem ?? null),
    next: SAYS_NEXT.has(phase.kind) ? null : i.next,
    notes: [...i.notes],
    partialList: i.reading ? null : i.partialList,
    reading: i.reading,
  };
}

/** Whether the commit buttons may be pointed at: only once every field is settled. */
export function mayCommit(results: readonly FieldResult[]): boolean {
  return results.length > 0 && !results.some(unsettled) && results.some((r) => r.status === 'filled');
}

/** Whether Fill would fill anything now; when not, pressing it only says what is missing. */
export function fillsNow(i: ControlInput): boolean {
  const kind = phaseOf(i).kind;
  return kind !== 'not-ready' && kind !== 'checking' && kind !== 'confirm-secret';
}
