import { analyseProvisioningInput } from '@/utils/provisioning/analyse';
import type { JobStatus, ProvisioningEvent, ProvisioningResult } from '@/utils/provisioning/types';
import type { SetupSession } from '@/utils/setup/session';

/**
 * The SCIM step's "last cycle" line: what the Provisioning logs grid, its
 * detail pane, Test Connection and the quarantine banner showed (the
 * entra/provisioning-logs observation), explained by the provisioning
 * doctor. The grid has no error codes, so the top cause comes from the one
 * record the admin opened (or the failed Test Connection); the counts from
 * the rows shown.
 */

export interface ProvisioningResultView {
  headline: string;
  topCause: { findingId: string; title: string; fix: string; severity: 'error' | 'warning' | 'info' } | null;
  testConnection: 'success' | 'failure' | null;
  quarantined: boolean;
}

const STATUS: Record<string, ProvisioningResult> = { success: 'success', failure: 'failure', skipped: 'skipped', warning: 'warning' };
const ACTION: Record<string, ProvisioningEvent['action']> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  disable: 'disable',
  stageddelete: 'stagedDelete',
  other: 'other',
};

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function event(i: number, action: string, status: string, error: { code: string; reason: string | null } | null): ProvisioningEvent {
  const s = STATUS[status.trim().toLowerCase()] ?? 'unknown';
  return {
    id: `row-${i}`,
    time: null,
    action: ACTION[action.trim().toLowerCase()] ?? 'unknown',
    actionLabel: action,
    status: s,
    sourceSystem: null,
    targetSystem: null,
    sourceIdentity: { id: `row-${i}`, displayName: null, identityType: 'User', details: {} },
    targetIdentity: null,
    initiatedBy: null,
    servicePrincipal: null,
    error: error
      ? { errorCode: error.code, errorCategory: null, reason: error.reason, additionalDetails: null, recommendedAction: null }
      : null,
    steps: [],
    modifiedProperties: [],
    cycleId: null,
    jobId: null,
    changeId: null,
    tenantId: null,
    durationMs: null,
    reportableIdentifier: null,
    origin: 'download-json',
  };
}

function quarantinedJob(code: string | null): JobStatus {
  return {
    jobId: null,
    templateId: 'scim',
    code: 'Quarantine',
    codeLabel: null,
    quarantine: {
      reason: 'EncounteredQuarantineException',
      currentBegan: null,
      nextAttempt: null,
      seriesBegan: null,
      seriesCount: null,
      error: code ? { code, message: null, tenantActionable: true } : null,
    },
    lastExecution: null,
    lastSuccessfulExecution: null,
    countSuccessiveCompleteFailures: null,
    scheduleState: null,
    scheduleInterval: null,
  };
}

export function provisioningResult(session: SetupSession): ProvisioningResultView | null {
  const v = session.observations['entra/provisioning-logs']?.values;
  if (!v) return null;
  const rows = Array.isArray(v.rows) ? v.rows.filter((r): r is Record<string, string> => typeof r === 'object' && r !== null) : [];
  const code = str(v.errorCode);
  const reason = str(v.reason);
  const testFailed = v.testConnection === 'failure';
  const quarantined = v.quarantined === true;
  const events = rows.map((r, i) => event(i, r.action ?? '', r.status ?? '', null));
  if (code) {
    // The opened record: the first failed (else skipped) row is taken to be it.
    const at = events.findIndex((e) => e.status === 'failure');
    const idx = at >= 0 ? at : events.findIndex((e) => e.status === 'skipped');
    const opened = event(events.length, 'Create', idx >= 0 ? (events[idx]?.status ?? 'failure') : 'failure', { code, reason });
    if (idx >= 0) events[idx] = opened;
    else events.push(opened);
  }
  const testCode = str(v.testErrorCode);
  const job = quarantined || (testFailed && testCode) ? quarantinedJob(testCode ?? code) : null;
  if (events.length === 0 && !job) {
    const steps = Array.isArray(v.onDemand)
      ? v.onDemand.filter((r): r is Record<string, string> => typeof r === 'object' && r !== null)
      : [];
    if (steps.length > 0) {
      const shown = steps.map((st) => `${st.step ?? ''}: ${st.status ?? ''}`).join(', ');
      return { headline: `Provision on demand: ${shown}.`, topCause: null, testConnection: null, quarantined: false };
    }
    if (v.testConnection === 'success')
      return { headline: 'Test Connection succeeded.', topCause: null, testConnection: 'success', quarantined: false };
    return null;
  }
  const a = analyseProvisioningInput({ kind: 'download-json', events, jobs: job ? [job] : [], problems: [] });
  const top = a.summary.topCause ?? null;
  return {
    headline: a.summary.headline,
    topCause: top ? { findingId: top.findingId, title: top.title, fix: top.fix, severity: top.severity } : null,
    testConnection: testFailed ? 'failure' : v.testConnection === 'success' ? 'success' : null,
    quarantined,
  };
}
