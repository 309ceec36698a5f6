import type { FieldResult } from '@/utils/dom/field-result';
import type { FeatureReadiness } from '@/utils/messages/readiness';
import type { ControlPhase, ControlView } from './control-model';

/**
 * The in-page control's state machine, one per feature, as a pure function of
 * what the controller knows: the background's readiness (which agrees with
 * the side panel), the last fill's results for this pane, and whether a fill
 * is running. Each phase carries only its own messages, so nothing from an
 * earlier phase lingers.
 */

export interface ControlInput {
  title: string;
  /** "JustCall" or "Entra" when the feature fills; null for read-only features. */
  fillsFrom: 'JustCall' | 'Entra' | null;
  /** Whether Fill applies to what the page shows now (not an overview). */
  canFill: boolean;
  readiness: FeatureReadiness | null;
  busy: boolean;
  results: readonly FieldResult[];
  /** Fields the admin agreed to replace. */
  consent: ReadonlySet<string>;
  /** Commit buttons pointed at, in words. */
  commit: readonly string[];
  error: string | null;
  next: string | null;
  notes: readonly string[];
}

const unsettled = (r: FieldResult) => r.status === 'conflict' || r.status === 'not-found' || r.status === 'failed';

function phaseOf(i: ControlInput): ControlPhase {
  if (i.busy) return { kind: 'filling' };
  const r = i.readiness;
  const stepDone = r?.step.state === 'done';
  if (i.results.length > 0) {
    const conflicts = i.results.filter((x) => x.status === 'conflict' && !i.consent.has(x.field));
    if (conflicts.length > 0) return { kind: 'conflict', results: [...i.results] };
    if (i.results.some((x) => x.status === 'not-found' || x.status === 'failed')) return { kind: 'not-found', results: [...i.results] };
    // Saved and seen saved: what the side panel says wins over "now click Save".
    if (stepDone) return { kind: 'done', summary: r.step.summary, results: [...i.results] };
    return { kind: 'filled', results: [...i.results], commit: [...i.commit] };
  }
  if (!i.fillsFrom || !i.canFill) return stepDone ? { kind: 'done', summary: r.step.summary, results: [] } : { kind: 'info' };
  if (!r) return { kind: 'checking' };
  if (stepDone) return { kind: 'done', summary: r.step.summary, results: [] };
  if (r.secret === 'confirm') return { kind: 'confirm-secret' };
  if (r.fills.length === 0 && (r.missing.length > 0 || r.secret === 'missing')) return { kind: 'not-ready', missing: r.missing };
  return { kind: 'ready', fills: r.fills, missing: r.missing };
}

/** Phases in which the admin may (re)run Fill. */
const FILLABLE = new Set<ControlPhase['kind']>(['ready', 'filled', 'conflict', 'not-found', 'done']);

export function controlView(i: ControlInput): ControlView {
  const phase = phaseOf(i);
  const offersFill = i.fillsFrom !== null && i.canFill && FILLABLE.has(phase.kind);
  // "Next: …" points at what to open; while a fill's results are on screen, they say what comes next.
  const quiet = phase.kind === 'filled' || phase.kind === 'conflict' || phase.kind === 'not-found' || phase.kind === 'filling';
  return {
    title: i.title,
    fillLabel: offersFill ? `Fill from ${i.fillsFrom ?? ''}` : null,
    phase,
    error: i.error,
    problem: phase.kind === 'done' ? null : (i.readiness?.problem ?? null),
    next: quiet ? null : i.next,
    notes: [...i.notes],
  };
}

/** Whether the commit buttons may be pointed at: only once every field is settled. */
export function mayCommit(results: readonly FieldResult[]): boolean {
  return results.length > 0 && !results.some(unsettled) && results.some((r) => r.status === 'filled');
}
