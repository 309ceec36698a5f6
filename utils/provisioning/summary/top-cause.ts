import type { RuleResult } from '@/utils/provisioning/checks';
import type { Finding, JobStatus, ProvisioningEvent } from '@/utils/provisioning/types';
import { countEvents, lastCycle, type Counts, type CycleSummary } from './last-cycle';

/**
 * "What is the main thing wrong right now?": the top cause of the last
 * cycle. A job that is quarantined or stopped outranks everything, because
 * nothing reaches JustCall until it is fixed; then errors before warnings,
 * and among equals the cause behind the most events of the last cycle.
 * Without failures, the most common reason users were skipped.
 */

export interface TopCause {
  findingId: string;
  severity: Finding['severity'];
  title: string;
  fix: string;
  step: Finding['step'];
  /** Events of the last cycle this cause explains. */
  events: number;
  /** It explains the job's state (quarantine, paused, last run). */
  explainsJob: boolean;
  kind: 'problem' | 'skip';
}

export interface ProvisioningSummary extends Counts {
  lastCycle: CycleSummary | null;
  topCause: TopCause | null;
  job: { code: JobStatus['code']; quarantineReason: string | null } | null;
  /** One sentence for a header, a badge tooltip or the CLI's last line. */
  headline: string;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
const JOB_STOPPED = new Set(['Quarantine', 'Paused', 'NotConfigured']);

function inCycle(result: RuleResult, cycle: ReadonlySet<number> | null): number {
  if (!cycle) return result.events.length;
  let n = 0;
  for (const i of result.events) if (cycle.has(i)) n++;
  return n;
}

function pick(results: readonly RuleResult[], job: JobStatus | null, cycle: ReadonlySet<number> | null): TopCause | null {
  const stopped = !!job && (JOB_STOPPED.has(job.code) || !!job.quarantine);
  const scored = results
    .filter((r) => r.kind !== 'success')
    .map((r) => ({ r, n: inCycle(r, cycle), job: !!r.explainsJob && stopped }))
    .filter((s) => s.n > 0 || s.job);
  const problems = scored.filter((s) => s.r.kind === 'problem');
  const pool = problems.length > 0 ? problems : scored.filter((s) => s.r.kind === 'skip');
  pool.sort(
    (a, b) =>
      Number(b.job) - Number(a.job) ||
      // The specific cause of a quarantine before the quarantine itself.
      Number(a.r.finding.id === 'provisioning.quarantine') - Number(b.r.finding.id === 'provisioning.quarantine') ||
      RANK[a.r.finding.severity] - RANK[b.r.finding.severity] ||
      b.n - a.n,
  );
  const best = pool[0];
  if (!best) return null;
  const f = best.r.finding;
  return {
    findingId: f.id,
    severity: f.severity,
    title: f.title,
    fix: f.fix,
    step: f.step,
    events: best.n,
    explainsJob: !!best.r.explainsJob,
    kind: best.r.kind === 'skip' ? 'skip' : 'problem',
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function headlineOf(total: number, cycle: CycleSummary | null, top: TopCause | null, job: JobStatus | null): string {
  if (total === 0 && !job) return 'No provisioning events or job status were found.';
  const s = cycle?.byStatus;
  const counts = s
    ? `${cycle.cycleId ? 'Last cycle' : 'These events'}: ${s.failure + s.warning} failed, ${s.skipped} skipped, ${s.success} succeeded.`
    : '';
  const jobNote =
    job?.quarantine || job?.code === 'Quarantine'
      ? ' Provisioning is in quarantine.'
      : job?.code === 'Paused'
        ? ' Provisioning is paused.'
        : '';
  if (top?.kind === 'problem')
    return `${counts}${jobNote} Top cause: ${top.title}${top.events ? ` (${plural(top.events, 'event')})` : ''}.`.trim();
  if (top?.kind === 'skip') return `${counts}${jobNote} Nothing failed. Why users were skipped: ${top.title}.`.trim();
  return `${counts}${jobNote} Nothing failed.`.trim();
}

export function summarise(
  events: readonly ProvisioningEvent[],
  results: readonly RuleResult[],
  job: JobStatus | null,
): ProvisioningSummary {
  const last = lastCycle(events);
  const cycle = last && last.summary.cycleId !== null ? new Set(last.idx) : null;
  const top = pick(results, job, cycle);
  return {
    ...countEvents(events),
    lastCycle: last?.summary ?? null,
    topCause: top,
    job: job ? { code: job.code, quarantineReason: job.quarantine?.reason ?? null } : null,
    headline: headlineOf(events.length, last?.summary ?? null, top, job),
  };
}
