import { z } from 'zod';
import { LIMITS } from '@/utils/provisioning/limits';
import { JobStatusCode, type Execution, type JobStatus, type Quarantine, type SyncError } from '@/utils/provisioning/types';
import { Scalar, describeIssues } from './raw';
import { bool, num, normTime, text, type TextBudget } from './values';

/**
 * A synchronizationJob (GET /servicePrincipals/{id}/synchronization/jobs/{jobId})
 * or its `status` alone (synchronizationStatus), to one JobStatus.
 */

const RawSyncError = z.object({ code: Scalar, message: Scalar, tenantActionable: Scalar }).nullish();
const RawExecution = z
  .object({ state: Scalar, timeBegan: Scalar, timeEnded: Scalar, activityIdentifier: Scalar, error: RawSyncError })
  .nullish();

const RawStatus = z.object({
  code: Scalar,
  countSuccessiveCompleteFailures: Scalar,
  lastExecution: RawExecution,
  lastSuccessfulExecution: RawExecution,
  quarantine: z
    .object({
      reason: Scalar,
      currentBegan: Scalar,
      nextAttempt: Scalar,
      seriesBegan: Scalar,
      seriesCount: Scalar,
      error: RawSyncError,
    })
    .nullish(),
});

const RawJob = z.object({
  id: Scalar,
  templateId: Scalar,
  schedule: z.object({ state: Scalar, interval: Scalar }).nullish(),
  status: RawStatus.nullish(),
});

export type JobResult = { ok: true; job: JobStatus } | { ok: false; reason: string };

type RawSyncErrorT = z.infer<typeof RawSyncError>;
type RawExecutionT = z.infer<typeof RawExecution>;

function syncError(raw: RawSyncErrorT, budget: TextBudget): SyncError | null {
  if (!raw) return null;
  const out = {
    code: text(raw.code, budget, 200),
    message: text(raw.message, budget, LIMITS.maxLongText),
    tenantActionable: bool(raw.tenantActionable),
  };
  return out.code || out.message ? out : null;
}

function execution(raw: RawExecutionT, budget: TextBudget): Execution | null {
  if (!raw) return null;
  return {
    state: text(raw.state, budget, 100),
    timeBegan: normTime(raw.timeBegan),
    timeEnded: normTime(raw.timeEnded),
    error: syncError(raw.error, budget),
  };
}

function codeOf(raw: unknown): { code: JobStatus['code']; label: string | null } {
  if (typeof raw !== 'string' || raw === '') return { code: 'unknown', label: null };
  const match = JobStatusCode.options.find((c) => c.toLowerCase() === raw.toLowerCase());
  return match && match !== 'unknown' ? { code: match, label: null } : { code: 'unknown', label: raw.slice(0, 100) };
}

function statusOf(
  raw: z.infer<typeof RawStatus>,
  budget: TextBudget,
): Omit<JobStatus, 'jobId' | 'templateId' | 'scheduleState' | 'scheduleInterval'> {
  const q = raw.quarantine;
  const quarantine: Quarantine | null = q
    ? {
        reason: text(q.reason, budget, 200),
        currentBegan: normTime(q.currentBegan),
        nextAttempt: normTime(q.nextAttempt),
        seriesBegan: normTime(q.seriesBegan),
        seriesCount: num(q.seriesCount),
        error: syncError(q.error, budget),
      }
    : null;
  const { code, label } = codeOf(raw.code);
  return {
    code: code === 'unknown' && quarantine ? 'Quarantine' : code,
    codeLabel: label,
    quarantine,
    lastExecution: execution(raw.lastExecution, budget),
    lastSuccessfulExecution: execution(raw.lastSuccessfulExecution, budget),
    countSuccessiveCompleteFailures: num(raw.countSuccessiveCompleteFailures),
  };
}

/** Whether a value is a job or a bare status (not a provisioning record). */
export function looksLikeJob(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  if ('templateId' in o || 'schedule' in o) return true;
  const status = o.status;
  if (status !== null && typeof status === 'object' && !Array.isArray(status)) {
    const s = status as Record<string, unknown>;
    return 'code' in s || 'quarantine' in s || 'lastExecution' in s;
  }
  return 'quarantine' in o || ('code' in o && ('lastExecution' in o || 'countSuccessiveCompleteFailures' in o));
}

export function jobFromUnknown(value: unknown, budget: TextBudget): JobResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'expected an object' };
  const o = value as Record<string, unknown>;
  const isJob = 'templateId' in o || 'schedule' in o || (o.status !== null && typeof o.status === 'object');
  if (isJob) {
    const parsed = RawJob.safeParse(value);
    if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
    const j = parsed.data;
    const status = j.status ? statusOf(j.status, budget) : statusOf({}, budget);
    return {
      ok: true,
      job: {
        jobId: text(j.id, budget),
        templateId: text(j.templateId, budget, 100),
        scheduleState: text(j.schedule?.state, budget, 100),
        scheduleInterval: text(j.schedule?.interval, budget, 100),
        ...status,
      },
    };
  }
  const parsed = RawStatus.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return {
    ok: true,
    job: { jobId: null, templateId: null, scheduleState: null, scheduleInterval: null, ...statusOf(parsed.data, budget) },
  };
}
