import { randomUUID } from 'node:crypto';
import type { WorldResponse } from '../../client-node';
import type { EntraApp, EntraUser } from '../state';

/**
 * Entra's provisioning logs as the world writes them: one record per user
 * change in Graph's provisioningObjectSummary shape (provisioning-facts.md
 * §1.2-1.6), with the step names, reason texts and error codes Entra uses
 * (§1.4, §2.3, §5.3), and the job's status with its quarantine (§3.3).
 */

export interface LogStep {
  name: string;
  provisioningStepType: 'import' | 'scoping' | 'matching' | 'processing' | 'export';
  status: 'success' | 'failure' | 'skipped' | 'warning';
  description: string;
  details: Record<string, string>;
}

export interface ProvisioningLogRecord {
  id: string;
  activityDateTime: string;
  tenantId: string;
  jobId: string;
  cycleId: string;
  changeId: string;
  provisioningAction: 'create' | 'update' | 'disable' | 'other';
  durationInMilliseconds: number;
  initiatedBy: { id: string; displayName: string; initiatorType: 'system' };
  servicePrincipal: { id: string; displayName: string };
  sourceSystem: { id: string; displayName: string; details: Record<string, string> };
  targetSystem: { id: string; displayName: string; details: Record<string, string> };
  sourceIdentity: { id: string; displayName: string; identityType: 'User'; details: Record<string, string> };
  targetIdentity: { id: string; displayName: string; identityType: 'User'; details: Record<string, string> };
  provisioningStatusInfo: {
    status: 'success' | 'failure' | 'skipped';
    errorInformation: {
      errorCode: string;
      reason: string;
      additionalDetails: string | null;
      errorCategory: 'failure' | 'nonServiceFailure' | null;
      recommendedAction: string | null;
    } | null;
  };
  provisioningSteps: LogStep[];
  modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[];
}

export interface ProvisioningJobState {
  code: 'Active' | 'Quarantine';
  countSuccessiveCompleteFailures: number;
  lastExecution: { state: 'Succeeded' | 'Failed'; timeBegan: string; timeEnded: string; error: JobError | null } | null;
  quarantine: {
    currentBegan: string;
    nextAttempt: string;
    reason: 'EncounteredQuarantineException';
    seriesBegan: string;
    seriesCount: number;
    error: JobError;
  } | null;
}

export interface JobError {
  code: string;
  message: string;
  tenantActionable: boolean;
}

const SCIM_PREFIX = 'SystemForCrossDomainIdentityManagement';
/** The portal keeps the newest records; the world keeps a bounded list too. */
const MAX_LOGS = 1000;

const STATUS_NAMES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
};

export function statusName(status: number): string {
  return STATUS_NAMES[status] ?? String(status);
}

/** The error code Entra logs for what JustCall answered (§2.1, §2.3, §5.3). */
export function errorCodeFor(status: number, during: 'lookup' | 'write'): string {
  if (status === 401 || status === 403)
    return during === 'lookup' ? `${SCIM_PREFIX}CredentialValidationFailure` : `${SCIM_PREFIX}Unauthorized`;
  if (status === 404) return `${SCIM_PREFIX}ServiceIncompatible`;
  if (status === 409) return `${SCIM_PREFIX}EntryConflict`;
  if (status === 429) return 'TooManyRequests';
  if (status >= 500) return 'InternalServerError';
  return `${SCIM_PREFIX}BadRequest`;
}

export function jobIdOf(app: EntraApp, tenantId: string): string {
  return `scim.${tenantId.replace(/-/g, '')}.${app.appId}`;
}

function retryNote(at: Date): string {
  const next = new Date(at.getTime() + 40 * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  return ` This operation was retried 0 times. It will be retried again after this date: ${next} UTC`;
}

/** The reason text Entra writes for a failed SCIM call (the form of §2.3's log text). */
export function failureReason(what: string, res: WorldResponse, at: Date): string {
  const body = res.body.slice(0, 400);
  if (res.status === 401 || res.status === 403)
    return `${what}; Error: While validating our authorization with JustCall we received an unexpected response. Response Status Code: ${statusName(res.status)} Response Content: ${body}`;
  if (res.status === 404)
    return `${what}; Error: The SCIM endpoint is not fully compatible with the Azure Active Directory SCIM client. StatusCode: NotFound Message: Processing of the HTTP request resulted in an exception. Web Response: ${body}.`;
  return `${what}; Error: JustCall returned an error response with the HTTP status code ${res.status}. StatusCode: ${statusName(res.status)} Message: Processing of the HTTP request resulted in an exception. Web Response: ${body}.${retryNote(at)}`;
}

export interface RecordInput {
  app: EntraApp;
  user: EntraUser;
  tenantId: string;
  cycleId: string;
  at: Date;
  action: ProvisioningLogRecord['provisioningAction'];
  status: ProvisioningLogRecord['provisioningStatusInfo']['status'];
  error?: { code: string; reason: string; category: 'failure' | 'nonServiceFailure' | null } | undefined;
  steps: LogStep[];
  modified?: ProvisioningLogRecord['modifiedProperties'] | undefined;
  targetId?: string | undefined;
}

export function logRecord(r: RecordInput): ProvisioningLogRecord {
  return {
    id: randomUUID(),
    activityDateTime: r.at.toISOString(),
    tenantId: r.tenantId,
    jobId: jobIdOf(r.app, r.tenantId),
    cycleId: r.cycleId,
    changeId: randomUUID(),
    provisioningAction: r.action,
    durationInMilliseconds: 900,
    initiatedBy: { id: '', displayName: 'Azure AD Provisioning Service', initiatorType: 'system' },
    servicePrincipal: { id: r.app.objectId, displayName: r.app.name },
    sourceSystem: { id: r.tenantId, displayName: 'Azure Active Directory', details: {} },
    targetSystem: {
      id: r.app.objectId,
      displayName: r.app.name,
      details: { ApplicationId: r.app.appId, ServicePrincipalId: r.app.objectId, ServicePrincipalDisplayName: r.app.name },
    },
    sourceIdentity: { id: r.user.id, displayName: r.user.displayName, identityType: 'User', details: { UPN: r.user.userPrincipalName } },
    targetIdentity: { id: r.targetId ?? '', displayName: '', identityType: 'User', details: {} },
    provisioningStatusInfo: {
      status: r.status,
      errorInformation: r.error
        ? {
            errorCode: r.error.code,
            reason: r.error.reason,
            additionalDetails: null,
            errorCategory: r.error.category,
            recommendedAction: null,
          }
        : null,
    },
    provisioningSteps: r.steps,
    modifiedProperties: r.modified ?? [],
  };
}

export function appendLogs(app: EntraApp, records: readonly ProvisioningLogRecord[]): void {
  const logs = [...(app.provisioning.logs ?? []), ...records];
  app.provisioning.logs = logs.slice(Math.max(0, logs.length - MAX_LOGS));
}

/** The scoping step, with the detail keys of a real on-demand sample (§1.4). */
export function scopingStep(user: EntraUser, assigned: boolean, inScope: boolean): LogStep {
  return {
    name: 'EntrySynchronizationScoping',
    provisioningStepType: 'scoping',
    status: inScope ? 'success' : 'skipped',
    description: 'Determine if User in scope by evaluating against each scoping filter',
    details: {
      ...(inScope ? {} : { SkipReason: 'NotEffectivelyEntitled' }),
      IsActive: user.accountEnabled ? 'True' : 'False',
      Assigned: assigned ? 'True' : 'False',
      IsEffectivelyEntitledForProvisioning: inScope ? 'True' : 'False',
      IsInProvisioningScope: inScope ? 'True' : 'False',
      ScopeEvaluationResult: '{}',
    },
  };
}

/** The synchronizationJob as Graph returns it (GET …/synchronization/jobs/{id}). */
export function jobView(app: EntraApp, tenantId: string): Record<string, unknown> {
  const job = app.provisioning.job ?? null;
  return {
    id: jobIdOf(app, tenantId),
    templateId: 'scim',
    schedule: { expiration: null, interval: 'PT40M', state: app.provisioning.status === 'On' ? 'Active' : 'Disabled' },
    status: {
      code: job?.code ?? (app.provisioning.status === 'On' ? 'Active' : 'Paused'),
      countSuccessiveCompleteFailures: job?.countSuccessiveCompleteFailures ?? 0,
      escrowsPruned: false,
      lastExecution: job?.lastExecution ?? null,
      quarantine: job?.quarantine ?? null,
      troubleshootingUrl: null,
    },
  };
}
