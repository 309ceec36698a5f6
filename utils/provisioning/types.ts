import { z } from 'zod';

/**
 * The contract of the provisioning core: what the readers produce from any
 * supported export, and what the checks, the summary, the redactor and the
 * report consume. Every reader normalises to these shapes, so nothing after
 * the readers knows which export a record came from (apart from `origin`).
 */

/** Findings share the SAML doctor's shape, so the panel and the CLI show both alike. */
export { Finding, Severity } from '@/utils/saml/types';

/** Graph's provisioningAction, plus 'unknown' for anything else (the raw label is kept). */
export const ProvisioningAction = z.enum(['create', 'update', 'delete', 'stagedDelete', 'disable', 'other', 'unknown']);
export type ProvisioningAction = z.infer<typeof ProvisioningAction>;

/** Graph's provisioningResult. */
export const ProvisioningResult = z.enum(['success', 'warning', 'failure', 'skipped', 'unknown']);
export type ProvisioningResult = z.infer<typeof ProvisioningResult>;

/** Graph's provisioningStepType. */
export const StepType = z.enum(['import', 'scoping', 'matching', 'processing', 'referenceResolution', 'export', 'unknown']);
export type StepType = z.infer<typeof StepType>;

/** Graph's provisioningStatusErrorCategory. */
export const ErrorCategory = z.enum(['failure', 'nonServiceFailure', 'success', 'unknown']);
export type ErrorCategory = z.infer<typeof ErrorCategory>;

/** An open property bag (detailsInfo); values are kept as text. */
export const Details = z.record(z.string(), z.string());
export type Details = z.infer<typeof Details>;

export const Identity = z.object({
  id: z.string().nullable(),
  displayName: z.string().nullable(),
  /** 'User', 'Group', a SCIM schema URN, … as given. */
  identityType: z.string().nullable(),
  details: Details,
});
export type Identity = z.infer<typeof Identity>;

export const System = z.object({
  id: z.string().nullable(),
  displayName: z.string().nullable(),
});
export type System = z.infer<typeof System>;

export const Step = z.object({
  name: z.string(),
  type: StepType,
  status: ProvisioningResult,
  description: z.string(),
  details: Details,
});
export type Step = z.infer<typeof Step>;

export const ModifiedProperty = z.object({
  displayName: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
export type ModifiedProperty = z.infer<typeof ModifiedProperty>;

export const ErrorInfo = z.object({
  errorCode: z.string().nullable(),
  errorCategory: ErrorCategory.nullable(),
  reason: z.string().nullable(),
  additionalDetails: z.string().nullable(),
  recommendedAction: z.string().nullable(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

export const EventOrigin = z.enum(['graph', 'download-json', 'download-csv', 'on-demand', 'azure-monitor']);
export type EventOrigin = z.infer<typeof EventOrigin>;

export const ProvisioningEvent = z.object({
  /** The activity id. */
  id: z.string().nullable(),
  /** ISO 8601 UTC, or null when absent or unreadable. */
  time: z.string().nullable(),
  action: ProvisioningAction,
  /** The action as the export spelled it ("Create user", "StagedDelete"). */
  actionLabel: z.string().nullable(),
  status: ProvisioningResult,
  sourceSystem: System.nullable(),
  targetSystem: System.nullable(),
  sourceIdentity: Identity.nullable(),
  targetIdentity: Identity.nullable(),
  initiatedBy: z.object({ id: z.string().nullable(), displayName: z.string().nullable(), initiatorType: z.string().nullable() }).nullable(),
  servicePrincipal: z.object({ id: z.string().nullable(), displayName: z.string().nullable() }).nullable(),
  error: ErrorInfo.nullable(),
  steps: z.array(Step),
  modifiedProperties: z.array(ModifiedProperty),
  cycleId: z.string().nullable(),
  jobId: z.string().nullable(),
  changeId: z.string().nullable(),
  tenantId: z.string().nullable(),
  durationMs: z.number().nullable(),
  /** What the portal shows as the identity (on-demand results, export step details). */
  reportableIdentifier: z.string().nullable(),
  origin: EventOrigin,
});
export type ProvisioningEvent = z.infer<typeof ProvisioningEvent>;

/** Graph's synchronizationError. */
export const SyncError = z.object({
  code: z.string().nullable(),
  message: z.string().nullable(),
  tenantActionable: z.boolean().nullable(),
});
export type SyncError = z.infer<typeof SyncError>;

export const JobStatusCode = z.enum(['NotConfigured', 'NotRun', 'Active', 'Paused', 'Quarantine', 'unknown']);
export type JobStatusCode = z.infer<typeof JobStatusCode>;

export const Quarantine = z.object({
  reason: z.string().nullable(),
  currentBegan: z.string().nullable(),
  nextAttempt: z.string().nullable(),
  seriesBegan: z.string().nullable(),
  seriesCount: z.number().nullable(),
  error: SyncError.nullable(),
});
export type Quarantine = z.infer<typeof Quarantine>;

export const Execution = z.object({
  state: z.string().nullable(),
  timeBegan: z.string().nullable(),
  timeEnded: z.string().nullable(),
  error: SyncError.nullable(),
});
export type Execution = z.infer<typeof Execution>;

/** A synchronizationJob, or its status alone (then the job fields are null). */
export const JobStatus = z.object({
  jobId: z.string().nullable(),
  templateId: z.string().nullable(),
  code: JobStatusCode,
  /** The code as given, when it is not one of the documented ones. */
  codeLabel: z.string().nullable(),
  quarantine: Quarantine.nullable(),
  lastExecution: Execution.nullable(),
  lastSuccessfulExecution: Execution.nullable(),
  countSuccessiveCompleteFailures: z.number().nullable(),
  scheduleState: z.string().nullable(),
  scheduleInterval: z.string().nullable(),
});
export type JobStatus = z.infer<typeof JobStatus>;

export const InputKind = z.enum([
  'graph', // GET /auditLogs/provisioning ({ "@odata.context", "value": [...] })
  'download-json', // the admin center's JSON download (a top-level array)
  'download-csv', // the admin center's CSV download (one to three files)
  'on-demand', // the provisionOnDemand result (stringKeyStringValuePair)
  'job', // a synchronizationJob or its status
  'azure-monitor', // AADProvisioningLogs rows exported from Log Analytics
  'mixed', // several files of different kinds
  'unknown',
]);
export type InputKind = z.infer<typeof InputKind>;

/** Something that could not be read, or was read only in part. Never carries personal data. */
export const ReadProblem = z.object({
  /** The file it concerns, when known. */
  file: z.string().nullable(),
  /** 'error': nothing usable came from that file; 'warning': part of it was lost; 'info': worth knowing. */
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});
export type ReadProblem = z.infer<typeof ReadProblem>;

/** What a reader hands to the analysis. */
export interface ProvisioningInput {
  kind: InputKind;
  events: ProvisioningEvent[];
  jobs: JobStatus[];
  problems: ReadProblem[];
}
