import { LIMITS } from '@/utils/provisioning/limits';
import type { ErrorInfo, EventOrigin, Identity, ModifiedProperty, ProvisioningEvent, Step, System } from '@/utils/provisioning/types';
import {
  RawRecord,
  describeIssues,
  type RawErrorInfo,
  type RawIdentity,
  type RawModifiedProperty,
  type RawStatusInfo,
  type RawStep,
  type RawSystem,
} from './raw';
import { details, normAction, normCategory, normResult, normStepType, normTime, num, text, textKeepEmpty, type TextBudget } from './values';

/**
 * One provisioningObjectSummary, in any of the shapes Microsoft has shipped
 * (Graph v1.0 and beta, the admin center's download, the provisionOnDemand
 * value), to one ProvisioningEvent.
 */

export type RecordResult = { ok: true; event: ProvisioningEvent } | { ok: false; reason: string };

function identity(raw: RawIdentity, budget: TextBudget): Identity | null {
  if (!raw) return null;
  const out: Identity = {
    id: text(raw.id, budget),
    displayName: text(raw.displayName, budget),
    identityType: text(raw.identityType ?? raw.type, budget),
    details: details(parseBag(raw.details), budget),
  };
  return out.id || out.displayName || out.identityType || Object.keys(out.details).length ? out : null;
}

function system(raw: RawSystem, budget: TextBudget): System | null {
  if (!raw) return null;
  const out: System = { id: text(raw.id, budget), displayName: text(raw.displayName ?? raw.name, budget) };
  return out.id || out.displayName ? out : null;
}

/** A bag given as JSON text (Azure Monitor, CSV cells) is parsed; anything unreadable is an empty bag. */
export function parseBag(bag: unknown): unknown {
  if (typeof bag !== 'string') return bag;
  const s = bag.trim();
  if (!s.startsWith('{') || s.length > LIMITS.maxNestedJsonChars) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

function errorInfo(status: RawStatusInfo, budget: TextBudget): ErrorInfo | null {
  if (!status) return null;
  const nested: RawErrorInfo = status.errorInformation ?? status.errorInfo;
  const src = nested ?? status;
  const out: ErrorInfo = {
    errorCode: text(src.errorCode, budget, 200),
    errorCategory: normCategory(src.errorCategory),
    reason: text(src.reason, budget, LIMITS.maxLongText),
    additionalDetails: text(src.additionalDetails, budget, LIMITS.maxLongText),
    recommendedAction: text(src.recommendedAction, budget, LIMITS.maxLongText),
  };
  return out.errorCode || out.reason || out.additionalDetails || out.recommendedAction || out.errorCategory ? out : null;
}

export function step(raw: RawStep, budget: TextBudget): Step {
  return {
    name: text(raw.name, budget, 200) ?? '',
    type: normStepType(raw.provisioningStepType ?? raw.type),
    status: normResult(raw.status),
    description: text(raw.description, budget) ?? '',
    details: details(parseBag(raw.details), budget),
  };
}

export function modifiedProperty(raw: RawModifiedProperty, budget: TextBudget): ModifiedProperty {
  return {
    displayName: text(raw.displayName ?? raw.name, budget, 200) ?? '',
    oldValue: textKeepEmpty(raw.oldValue, budget),
    newValue: textKeepEmpty(raw.newValue, budget),
  };
}

function capped<T, U>(items: readonly T[] | null | undefined, max: number, budget: TextBudget, map: (t: T) => U): U[] {
  if (!items) return [];
  if (items.length > max) budget.truncated++;
  const out: U[] = [];
  for (let i = 0; i < items.length && i < max; i++) out.push(map(items[i] as T));
  return out;
}

/** Maps an already validated raw record. */
export function eventFromRaw(r: RawRecord, origin: EventOrigin, budget: TextBudget): ProvisioningEvent {
  const status = r.provisioningStatusInfo ?? r.statusInfo;
  const sp = Array.isArray(r.servicePrincipal) ? r.servicePrincipal[0] : r.servicePrincipal;
  const actionRaw = r.provisioningAction ?? r.action;
  const initiator = r.initiatedBy;
  return {
    id: text(r.id, budget),
    time: normTime(r.activityDateTime ?? r.endTime ?? r.startTime),
    action: normAction(actionRaw),
    actionLabel: text(actionRaw, budget, 100),
    status: normResult(status?.status),
    sourceSystem: system(r.sourceSystem, budget),
    targetSystem: system(r.targetSystem, budget),
    sourceIdentity: identity(r.sourceIdentity, budget),
    targetIdentity: identity(r.targetIdentity, budget),
    initiatedBy: initiator
      ? {
          id: text(initiator.id, budget),
          displayName: text(initiator.displayName, budget),
          initiatorType: text(initiator.initiatorType ?? initiator.initiatingType, budget, 100),
        }
      : null,
    servicePrincipal: sp ? { id: text(sp.id, budget), displayName: text(sp.displayName ?? sp.name, budget) } : null,
    error: errorInfo(status, budget),
    steps: capped(r.provisioningSteps, LIMITS.maxSteps, budget, (s) => step(s, budget)),
    modifiedProperties: capped(r.modifiedProperties, LIMITS.maxModifiedProperties, budget, (p) => modifiedProperty(p, budget)),
    cycleId: text(r.cycleId, budget),
    jobId: text(r.jobId, budget),
    changeId: text(r.changeId, budget),
    tenantId: text(r.tenantId, budget),
    durationMs: num(r.durationInMilliseconds),
    reportableIdentifier: text(r.reportableIdentifier, budget),
    origin,
  };
}

/** Validates and maps one record of unknown shape. */
export function eventFromUnknown(value: unknown, origin: EventOrigin, budget: TextBudget): RecordResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `expected an object, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const parsed = RawRecord.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return { ok: true, event: eventFromRaw(parsed.data, origin, budget) };
}

/** Whether an object looks like a provisioning record at all (rather than some other JSON). */
export function looksLikeRecord(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return (
    'provisioningSteps' in o ||
    'provisioningStatusInfo' in o ||
    'provisioningAction' in o ||
    ('changeId' in o && ('action' in o || 'statusInfo' in o || 'cycleId' in o)) ||
    ('activityDateTime' in o && ('sourceIdentity' in o || 'targetIdentity' in o))
  );
}
