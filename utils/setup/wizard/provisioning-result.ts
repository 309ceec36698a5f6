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

interface Opened {
  error: { code: string; reason: string | null } | null;
  /** The scoping step's details (SkipReason, Assigned, …), codes and True/False only. */
  scope: Record<string, string> | null;
  guestUserName: boolean;
}

const SCOPE_KEYS: Record<string, string> = {
  skipReason: 'SkipReason',
  assigned: 'Assigned',
  active: 'IsActive',
  entitled: 'IsEffectivelyEntitledForProvisioning',
  inScope: 'IsInProvisioningScope',
};

function event(i: number, action: string, status: string, opened: Opened | null = null): ProvisioningEvent {
  const error = opened?.error ?? null;
  const scope = opened?.scope ?? null;
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
    steps: scope
      ? [
          {
            name: 'EntrySynchronizationScoping',
            type: 'scoping',
            status: scope.SkipReason ? 'skipped' : 'success',
            description: '',
            details: scope,
          },
        ]
      : [],
    // Only the fact the page showed: a userName of the #EXT# form (the value itself was never read into the session).
    modifiedProperties: opened?.guestUserName ? [{ displayName: 'userName', oldValue: null, newValue: '#EXT#' }] : [],
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

function openedRecord(v: Record<string, unknown>, code: string | null, reason: string | null): Opened | null {
  const first = Array.isArray(v.scope) ? (v.scope[0] as unknown) : null;
  let scope: Record<string, string> | null = null;
  if (typeof first === 'object' && first !== null) {
    const entries = Object.entries(first).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] in SCOPE_KEYS);
    if (entries.length > 0) scope = Object.fromEntries(entries.map(([k, val]) => [SCOPE_KEYS[k] ?? k, val]));
  }
  const guestUserName = v.guestUserName === true;
  if (!code && !scope && !guestUserName) return null;
  return { error: code ? { code, reason } : null, scope, guestUserName };
}

export function provisioningResult(session: SetupSession): ProvisioningResultView | null {
  const v = session.observations['entra/provisioning-logs']?.values;
  if (!v) return null;
  const rows = Array.isArray(v.rows) ? v.rows.filter((r): r is Record<string, string> => typeof r === 'object' && r !== null) : [];
  const code = str(v.errorCode);
  const reason = str(v.reason);
  const testFailed = v.testConnection === 'failure';
  const quarantined = v.quarantined === true;
  const events = rows.map((r, i) => event(i, r.action ?? '', r.status ?? ''));
  const opened = openedRecord(v, code, reason);
  if (opened) {
    // The opened record: the grid's selected row, else the first failed (else skipped) row.
    const selected = typeof v.selectedRow === 'number' && events[v.selectedRow] ? v.selectedRow : -1;
    const at = events.findIndex((e) => e.status === 'failure');
    const idx = selected >= 0 ? selected : at >= 0 ? at : events.findIndex((e) => e.status === 'skipped');
    const row = idx >= 0 ? rows[idx] : undefined;
    const record = event(idx >= 0 ? idx : events.length, row?.action ?? 'Create', row?.status ?? 'failure', opened);
    if (idx >= 0) events[idx] = record;
    else events.push(record);
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
  // Nothing failed or was skipped: the doctor's first finding (users deactivated as expected, a guest's #EXT# name).
  const top = a.summary.topCause ?? a.findings[0] ?? null;
  return {
    headline: a.summary.headline,
    topCause: top
      ? { findingId: 'findingId' in top ? top.findingId : top.id, title: top.title, fix: top.fix, severity: top.severity }
      : null,
    testConnection: testFailed ? 'failure' : v.testConnection === 'success' ? 'success' : null,
    quarantined,
  };
}
