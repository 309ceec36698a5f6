import { httpEvidence, lookupCode, type CodeMatch, type ScimType } from '@/utils/provisioning/knowledge';
import type { ProvisioningEvent, Step } from '@/utils/provisioning/types';

/**
 * What the rules need to know about one event, worked out once: its code and
 * what we know of it, what JustCall answered, what the scoping step says,
 * and the few attribute values the rules look at. Free text is examined only
 * for events that did not succeed, so a 100,000-event export of successes
 * costs little.
 */

export interface ScopeFacts {
  active: boolean | null;
  assigned: boolean | null;
  entitled: boolean | null;
  inScope: boolean | null;
  /** A scoping filter evaluated to false (ScopeEvaluationResult). */
  filterFailed: boolean;
}

export interface EventFacts {
  /** The error or skip code (errorCode, else a step's SkipReason). */
  code: string | null;
  match: CodeMatch | null;
  http: number | null;
  scimType: ScimType | null;
  skipReason: string | null;
  scope: ScopeFacts;
  failedStep: Step | null;
  /** Reason, additional details and the failed step's description, lower-cased ('' for successes). */
  text: string;
  /** The value sent as userName, when the export shows it. */
  userName: string | null;
  /** The user's mail: 'empty' (shown empty), 'present', or 'unknown' (not shown). */
  mail: 'empty' | 'present' | 'unknown';
  /** Where a guest's #EXT# UPN shows up. */
  ext: { inUserName: boolean; inUpn: boolean };
  /** The change deactivates or deletes the user in JustCall. */
  deactivates: boolean;
  /** Something to count distinct users by. */
  who: string | null;
}

const EXT = /#ext#/i;

function foldKey(k: string): string {
  return k.toLowerCase().replace(/[^a-z]/g, '');
}

const ACTIVE_KEYS = new Set(['isactive', 'activeinthesourcesystem', 'activeinsourcesystem']);
const ASSIGNED_KEYS = new Set(['assigned', 'isassigned', 'assignedtotheapplication', 'assignedtoapplication']);
const ENTITLED_KEYS = new Set(['iseffectivelyentitledforprovisioning', 'userhastherequiredrole', 'userhasrequiredrole']);
const SCOPE_FILTER_KEYS = new Set(['scopingfilterevaluationpassed']);

function boolText(v: string): boolean | null {
  const s = v.trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : null;
}

function scopeOf(steps: readonly Step[]): { scope: ScopeFacts; skipReason: string | null } {
  const scope: ScopeFacts = { active: null, assigned: null, entitled: null, inScope: null, filterFailed: false };
  let skipReason: string | null = null;
  for (const s of steps) {
    for (const [k, v] of Object.entries(s.details)) {
      const f = foldKey(k);
      if (f === 'skipreason') skipReason ??= v;
      else if (ACTIVE_KEYS.has(f)) scope.active ??= boolText(v);
      else if (ASSIGNED_KEYS.has(f)) scope.assigned ??= boolText(v);
      else if (ENTITLED_KEYS.has(f)) scope.entitled ??= boolText(v);
      else if (f.startsWith('isinprovisioningscope') || SCOPE_FILTER_KEYS.has(f)) scope.inScope ??= boolText(v);
      else if (f === 'scopeevaluationresult' && /:\s*false\b/i.test(v)) scope.filterFailed = true;
    }
  }
  return { scope, skipReason };
}

function propertyValue(e: ProvisioningEvent, names: readonly string[]): string | null | undefined {
  for (const p of e.modifiedProperties) {
    const f = foldKey(p.displayName);
    if (names.includes(f)) return p.newValue ?? p.oldValue;
  }
  for (const s of e.steps) {
    for (const [k, v] of Object.entries(s.details)) if (names.includes(foldKey(k))) return v;
  }
  return undefined;
}

function deactivates(e: ProvisioningEvent): boolean {
  if (e.action === 'disable' || e.action === 'stagedDelete' || e.action === 'delete') return true;
  if (e.steps.some((s) => /softdelete|exportdelete|disable/i.test(s.name))) return true;
  return e.modifiedProperties.some((p) => foldKey(p.displayName) === 'active' && (p.newValue ?? '').trim().toLowerCase() === 'false');
}

export function factsOf(e: ProvisioningEvent): EventFacts {
  const { scope, skipReason } = scopeOf(e.steps);
  const code = e.error?.errorCode ?? skipReason ?? null;
  const failedStep = e.steps.find((s) => s.status === 'failure') ?? e.steps.find((s) => s.status === 'warning') ?? null;
  const troubled = e.status !== 'success';
  const texts = troubled ? [e.error?.reason, e.error?.additionalDetails, failedStep?.description] : [];
  const http = troubled ? httpEvidence(texts) : { status: null, scimType: null };
  const userName = propertyValue(e, ['username']) ?? null;
  const mail = propertyValue(e, ['mail', 'emailstypeeqworkvalue', 'email', 'emails']);
  const upn = propertyValue(e, ['userprincipalname', 'upn']) ?? e.sourceIdentity?.details.UPN ?? null;
  return {
    code,
    match: lookupCode(code),
    http: http.status,
    scimType: http.scimType,
    skipReason,
    scope,
    failedStep,
    text: texts
      .filter((t): t is string => !!t)
      .join(' \n ')
      .toLowerCase(),
    userName,
    mail: mail === undefined ? 'unknown' : mail === null || mail.trim() === '' ? 'empty' : 'present',
    ext: { inUserName: !!userName && EXT.test(userName), inUpn: !!upn && EXT.test(upn) },
    deactivates: deactivates(e),
    who: e.sourceIdentity?.id ?? e.sourceIdentity?.displayName ?? e.targetIdentity?.id ?? e.reportableIdentifier ?? null,
  };
}
