import { httpEvidence, httpKnowledge, lookupCode, type CodeMatch } from '@/utils/provisioning/knowledge';
import type { JobStatus, ProvisioningEvent, SyncError } from '@/utils/provisioning/types';
import type { EventFacts } from './facts';
import type { CheckInput } from './types';

export function isTrouble(e: ProvisioningEvent): boolean {
  return e.status === 'failure' || e.status === 'warning';
}

/** Distinct users behind some events (events with no identity count once each). */
export function countUsers(input: CheckInput, idx: readonly number[]): number {
  const seen = new Set<string>();
  let anonymous = 0;
  for (const i of idx) {
    const who = input.facts[i]?.who;
    if (who) seen.add(who);
    else anonymous++;
  }
  return seen.size + anonymous;
}

function minute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Affected: 3 events for 2 users, 2025-03-01 10:00 UTC to 2025-03-01 10:40 UTC." */
export function eventsPhrase(input: CheckInput, idx: readonly number[]): string {
  const n = idx.length;
  const users = countUsers(input, idx);
  let first: string | null = null;
  let last: string | null = null;
  for (const i of idx) {
    const t = input.events[i]?.time;
    if (!t) continue;
    if (first === null || t < first) first = t;
    if (last === null || t > last) last = t;
  }
  const when = first && last ? (minute(first) === minute(last) ? `, at ${minute(first)}` : `, ${minute(first)} to ${minute(last)}`) : '';
  return `Affected: ${n} event${n === 1 ? '' : 's'} for ${users} user${users === 1 ? '' : 's'}${when}.`;
}

/** The most frequent values (e.g. codes) among some events, most frequent first. */
export function topValues(values: Iterable<string | null>, max = 3): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([v]) => v);
}

export function codesOf(input: CheckInput, idx: readonly number[]): string[] {
  return topValues(idx.map((i) => input.facts[i]?.code ?? null));
}

/** "JustCall answered HTTP 409 (Conflict) with scimType uniqueness." or ''. */
export function answerPhrase(input: CheckInput, idx: readonly number[]): string {
  const statuses = topValues(
    idx.map((i) => (input.facts[i]?.http ? String(input.facts[i]?.http) : null)),
    2,
  );
  const types = topValues(
    idx.map((i) => input.facts[i]?.scimType ?? null),
    2,
  );
  if (statuses.length === 0 && types.length === 0) return '';
  const status = statuses.map((s) => `HTTP ${s}${httpKnowledge(Number(s)) ? ` (${httpKnowledge(Number(s))?.name})` : ''}`).join(' or ');
  const type = types.length ? `${status ? ' with' : ''} scimType ${types.join(' or ')}` : '';
  return ` JustCall answered ${status}${type}.`;
}

export function codesPhrase(input: CheckInput, idx: readonly number[]): string {
  const codes = codesOf(input, idx);
  return codes.length ? ` Error code${codes.length > 1 ? 's' : ''}: ${codes.join(', ')}.` : '';
}

/** The job's current error: the quarantine's, else the last execution's. */
export function jobError(job: JobStatus | null): SyncError | null {
  return job?.quarantine?.error ?? job?.lastExecution?.error ?? null;
}

/** Which credential problem a code, an HTTP status and a text point at, if any. */
export type CredentialSignal = 'tenant-url' | 'token' | null;

const UNREACHABLE =
  /could not be resolved|no such host|name or service not known|error occ?urr?ed while sending the request|could not reach|unable to connect|connection (?:was )?refused/;

export function credentialSignal(match: CodeMatch | null, http: number | null, text: string): CredentialSignal {
  const suffix = match?.knowledge.suffix ?? match?.knowledge.code ?? '';
  if (suffix === 'CredentialValidationUnavailable') return 'tenant-url';
  if (/scim compliance issue|valid tenant url/.test(text)) return 'tenant-url';
  if (suffix === 'InvalidCredentials' && /tenant url/.test(text)) return 'tenant-url';
  if (http === 307 || http === 308) return 'tenant-url';
  if (UNREACHABLE.test(text) && (match === null || match.knowledge.area === 'credentials')) return 'tenant-url';
  if (
    suffix === 'CredentialValidationFailure' ||
    match?.knowledge.code.endsWith('ManagementUnauthorized') ||
    suffix === 'InvalidCredentials'
  )
    return 'token';
  if (http === 401) return 'token';
  if (/invalid credentials/.test(text) && match?.knowledge.area === 'credentials') return 'token';
  return null;
}

/** The same signal for an event. A 404 from a lookup (not from updating a known user) is the wrong-URL case. */
export function eventCredentialSignal(e: ProvisioningEvent, f: EventFacts): CredentialSignal {
  if (!isTrouble(e)) return null;
  const signal = credentialSignal(f.match, f.http, f.text);
  if (signal) return signal;
  if (f.http === 404 && f.match?.knowledge.code !== 'InvalidAnchor' && f.failedStep?.type !== 'export') return 'tenant-url';
  return null;
}

/** The same signal for the job's error. */
export function jobCredentialSignal(job: JobStatus | null): CredentialSignal {
  const err = jobError(job);
  if (!err) return null;
  const text = (err.message ?? '').toLowerCase();
  const { status } = httpEvidence([err.message]);
  return credentialSignal(lookupCode(err.code), status, text);
}
