import type { Details, Identity, JobStatus, ModifiedProperty, ProvisioningEvent, Step, SyncError } from '@/utils/provisioning/types';
import { PersonalData } from './personal';

/**
 * Redaction by allow-list. Each field of an event is either kept because it
 * is known to be safe (codes, step names and types, statuses, actions,
 * counts, times, cycle/change/job ids, system and app names, attribute
 * names) or replaced: identities, attribute values and any detail value not
 * on the list. Free texts (reasons, step descriptions) keep their words but
 * lose every personal value learned from the identity fields, and anything
 * shaped like an e-mail, a guest UPN or an object ID.
 */

/** Step detail keys whose values describe the process, not the person (compared without case or spaces). */
const SAFE_DETAIL_KEYS = new Set([
  'skipreason',
  'isactive',
  'assigned',
  'isassigned',
  'iseffectivelyentitledforprovisioning',
  'isinprovisioningscope',
  'isinprovisioningscopedisplayname',
  'activeinthesourcesystem',
  'activeinsourcesystem',
  'assignedtotheapplication',
  'assignedtoapplication',
  'userhastherequiredrole',
  'scopingfilterevaluationpassed',
  'scopesyncall',
  'applicationid',
  'serviceprincipalid',
  'serviceprincipaldisplayname',
]);

/** Attributes whose values are flags, not personal data. */
const SAFE_PROPERTIES = new Set(['active', 'accountenabled', 'issoftdeleted', 'mailenabled', 'securityenabled', 'usertype']);

const FLAG = /^(?:true|false|)$/i;

function fold(k: string): string {
  return k.toLowerCase().replace(/[^a-z]/g, '');
}

function learnIdentity(p: PersonalData, id: Identity | null): void {
  if (!id) return;
  p.learn(id.id);
  p.learn(id.displayName);
  for (const [k, v] of Object.entries(id.details)) if (!SAFE_DETAIL_KEYS.has(fold(k))) p.learn(v);
}

/** First pass: every value that identifies someone, from every event. */
export function learnEvents(p: PersonalData, events: readonly ProvisioningEvent[]): void {
  for (const e of events) {
    learnIdentity(p, e.sourceIdentity);
    learnIdentity(p, e.targetIdentity);
    p.learn(e.reportableIdentifier);
    if (e.initiatedBy && !/^(?:system|application)$/i.test(e.initiatedBy.initiatorType ?? '')) {
      p.learn(e.initiatedBy.displayName);
      p.learn(e.initiatedBy.id);
    }
    for (const s of e.steps) {
      p.learnQuoted(s.description);
      for (const [k, v] of Object.entries(s.details))
        if (!SAFE_DETAIL_KEYS.has(fold(k)) && fold(k) !== 'scopeevaluationresult' && !FLAG.test(v)) p.learn(v);
    }
    for (const m of e.modifiedProperties) {
      if (SAFE_PROPERTIES.has(fold(m.displayName))) continue;
      if (m.oldValue && !FLAG.test(m.oldValue)) p.learn(m.oldValue);
      if (m.newValue && !FLAG.test(m.newValue)) p.learn(m.newValue);
    }
  }
}

function details(p: PersonalData, d: Details): Details {
  const out: Details = {};
  for (const [k, v] of Object.entries(d)) {
    const key = p.text(k);
    if (FLAG.test(v)) out[key] = v;
    else if (SAFE_DETAIL_KEYS.has(fold(k))) out[key] = p.text(v);
    // ScopeEvaluationResult names the filter and whether it passed: keep its shape, lose any value in it.
    else if (fold(k) === 'scopeevaluationresult') out[key] = p.text(v);
    else out[key] = p.value(v) ?? '';
  }
  return out;
}

function identity(p: PersonalData, id: Identity | null): Identity | null {
  if (!id) return null;
  return { id: p.value(id.id), displayName: p.value(id.displayName), identityType: id.identityType, details: details(p, id.details) };
}

function step(p: PersonalData, s: Step): Step {
  return { name: s.name, type: s.type, status: s.status, description: p.text(s.description), details: details(p, s.details) };
}

function property(p: PersonalData, m: ModifiedProperty): ModifiedProperty {
  const keep = SAFE_PROPERTIES.has(fold(m.displayName));
  const v = (x: string | null) => (x === null || FLAG.test(x) ? x : keep ? p.text(x) : p.value(x));
  return { displayName: m.displayName, oldValue: v(m.oldValue), newValue: v(m.newValue) };
}

export function redactEvent(p: PersonalData, e: ProvisioningEvent): ProvisioningEvent {
  const systemInitiated = /^(?:system|application)$/i.test(e.initiatedBy?.initiatorType ?? '');
  return {
    id: e.id,
    time: e.time,
    action: e.action,
    actionLabel: e.actionLabel,
    status: e.status,
    sourceSystem: e.sourceSystem,
    targetSystem: e.targetSystem,
    sourceIdentity: identity(p, e.sourceIdentity),
    targetIdentity: identity(p, e.targetIdentity),
    initiatedBy: e.initiatedBy
      ? {
          id: systemInitiated ? e.initiatedBy.id : p.value(e.initiatedBy.id),
          displayName: systemInitiated ? e.initiatedBy.displayName : p.value(e.initiatedBy.displayName),
          initiatorType: e.initiatedBy.initiatorType,
        }
      : null,
    servicePrincipal: e.servicePrincipal,
    error: e.error
      ? {
          errorCode: e.error.errorCode,
          errorCategory: e.error.errorCategory,
          reason: e.error.reason === null ? null : p.text(e.error.reason),
          additionalDetails: e.error.additionalDetails === null ? null : p.text(e.error.additionalDetails),
          recommendedAction: e.error.recommendedAction === null ? null : p.text(e.error.recommendedAction),
        }
      : null,
    steps: e.steps.map((s) => step(p, s)),
    modifiedProperties: e.modifiedProperties.map((m) => property(p, m)),
    cycleId: e.cycleId,
    jobId: e.jobId,
    changeId: e.changeId,
    tenantId: e.tenantId,
    durationMs: e.durationMs,
    reportableIdentifier: p.value(e.reportableIdentifier),
    origin: e.origin,
  };
}

function syncError(p: PersonalData, e: SyncError | null): SyncError | null {
  return e ? { code: e.code, message: e.message === null ? null : p.text(e.message), tenantActionable: e.tenantActionable } : null;
}

export function redactJob(p: PersonalData, job: JobStatus | null): JobStatus | null {
  if (!job) return null;
  return {
    ...job,
    quarantine: job.quarantine ? { ...job.quarantine, error: syncError(p, job.quarantine.error) } : null,
    lastExecution: job.lastExecution ? { ...job.lastExecution, error: syncError(p, job.lastExecution.error) } : null,
    lastSuccessfulExecution: job.lastSuccessfulExecution
      ? { ...job.lastSuccessfulExecution, error: syncError(p, job.lastSuccessfulExecution.error) }
      : null,
  };
}
