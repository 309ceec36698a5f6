import type { ProvisioningEvent } from '@/utils/provisioning/types';
import { deprovisioned } from './deprovisioned';
import { entryConflict } from './entry-conflict';
import { errorCode } from './error-code';
import { factsOf, type EventFacts } from './facts';
import { guestUpn } from './guest-upn';
import { httpStatus } from './http-status';
import { inSync } from './in-sync';
import { jobState } from './job-state';
import { justcallUnavailable } from './justcall-unavailable';
import { missingRequired } from './missing-required';
import { notAssigned } from './not-assigned';
import { notEntitled } from './not-entitled';
import { quarantine } from './quarantine';
import { rateLimited } from './rate-limited';
import { scimError } from './scim-error';
import { scopingFilter } from './scoping-filter';
import { secretToken } from './secret-token';
import { sourceDisabled } from './source-disabled';
import { tenantUrl } from './tenant-url';
import type { CheckInput, Rule, RuleResult } from './types';
import { unexplained } from './unexplained';

export type { CheckInput, ResultKind, Rule, RuleResult } from './types';
export { factsOf, type EventFacts } from './facts';

/**
 * Every rule, in the order that decides which rule explains an event: the
 * causes that break everything first (Tenant URL, Secret Token), then
 * JustCall's side (throttling, outages), then the specific data causes, the
 * skips and the successes, and the generic explanations last. Among the
 * skips, the scoping details (not assigned, filtered out, disabled) come
 * before the NotEffectivelyEntitled skip reason, which Entra also gives for
 * users who are simply not assigned.
 */
export const RULES: readonly Rule[] = [
  tenantUrl,
  secretToken,
  rateLimited,
  justcallUnavailable,
  guestUpn,
  missingRequired,
  entryConflict,
  notAssigned,
  scopingFilter,
  sourceDisabled,
  notEntitled,
  inSync,
  deprovisioned,
  scimError,
  errorCode,
  httpStatus,
  unexplained,
  quarantine,
  jobState,
];

export function buildInput(events: readonly ProvisioningEvent[], job: CheckInput['job'], nowMs: number): CheckInput {
  const facts: EventFacts[] = new Array<EventFacts>(events.length);
  for (let i = 0; i < events.length; i++) facts[i] = factsOf(events[i] as ProvisioningEvent);
  return { events, facts, job, nowMs };
}

/**
 * Gives each event to the first rule that claims it, then runs every rule on
 * its events. A rule that throws (a bug, or a shape it did not expect) becomes
 * one finding instead of breaking the analysis.
 */
export function runRules(input: CheckInput, rules: readonly Rule[] = RULES): RuleResult[] {
  const claimed: number[][] = rules.map(() => []);
  const claimers = rules.map((r, i) => ({ claims: r.claims, i })).filter((r) => r.claims);
  for (let e = 0; e < input.events.length; e++) {
    const event = input.events[e] as ProvisioningEvent;
    const facts = input.facts[e] as EventFacts;
    for (const { claims, i } of claimers) {
      try {
        if (claims?.(event, facts)) {
          claimed[i]?.push(e);
          break;
        }
      } catch {
        // a claim that throws claims nothing; its rule reports below if run fails too
      }
    }
  }
  const out: RuleResult[] = [];
  rules.forEach((rule, i) => {
    try {
      out.push(...rule.run(input, claimed[i] ?? []));
    } catch (err) {
      out.push({
        finding: {
          id: `check-failed.${rule.name}`,
          severity: 'info',
          title: `The “${rule.name}” check could not run`,
          detail: err instanceof Error ? err.message : String(err),
          fix: 'Report this to the extension’s maintainers with the redacted export.',
          step: null,
        },
        events: [],
        kind: 'problem',
      });
    }
  });
  return out;
}
