import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildInput, runRules, type CheckInput, type RuleResult } from '@/utils/provisioning/checks';
import { analyseProvisioningFiles, analyseProvisioningText, type ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import type { JobStatus, ProvisioningEvent, Step } from '@/utils/provisioning/types';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/provisioning');

/** The fixture scenarios are dated 2025-03-04; judge quarantines the next day. */
export const NOW = '2025-03-05T00:00:00Z';

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function analyseFixture(name: string, now = NOW): ProvisioningAnalysis {
  return analyseProvisioningText(fixture(name), name, { now });
}

export function csvTrio(): { name: string; text: string }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.csv'))
    .map((name) => ({ name, text: fixture(name) }));
}

export function analyseCsvTrio(): ProvisioningAnalysis {
  return analyseProvisioningFiles(csvTrio(), { now: NOW });
}

export function ids(a: { findings: { id: string }[] } | readonly RuleResult[]): string[] {
  return 'findings' in a ? a.findings.map((f) => f.id) : a.map((r) => r.finding.id);
}

export function step(over: Partial<Step> = {}): Step {
  return { name: 'EntryExportAdd', type: 'export', status: 'success', description: '', details: {}, ...over };
}

let n = 0;

/** A plausible event for rule tests; override what the rule looks at. */
export function event(over: Partial<ProvisioningEvent> = {}): ProvisioningEvent {
  n++;
  return {
    id: `act-${n}`,
    time: `2025-03-04T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
    action: 'create',
    actionLabel: 'create',
    status: 'success',
    sourceSystem: { id: null, displayName: 'Azure Active Directory' },
    targetSystem: { id: null, displayName: 'JustCall' },
    sourceIdentity: { id: `user-${n}`, displayName: `User ${n}`, identityType: 'User', details: {} },
    targetIdentity: null,
    initiatedBy: { id: null, displayName: 'Azure AD Provisioning Service', initiatorType: 'system' },
    servicePrincipal: null,
    error: null,
    steps: [],
    modifiedProperties: [],
    cycleId: 'cycle-1',
    jobId: 'scim.job',
    changeId: `change-${n}`,
    tenantId: null,
    durationMs: null,
    reportableIdentifier: null,
    origin: 'download-json',
    ...over,
  };
}

export function failure(errorCode: string | null, reason: string | null, over: Partial<ProvisioningEvent> = {}): ProvisioningEvent {
  return event({
    status: 'failure',
    error: { errorCode, errorCategory: 'nonServiceFailure', reason, additionalDetails: null, recommendedAction: null },
    steps: [step({ status: 'failure' })],
    ...over,
  });
}

export function job(over: Partial<JobStatus> = {}): JobStatus {
  return {
    jobId: 'scim.job',
    templateId: 'scim',
    code: 'Active',
    codeLabel: null,
    quarantine: null,
    lastExecution: null,
    lastSuccessfulExecution: null,
    countSuccessiveCompleteFailures: 0,
    scheduleState: 'Active',
    scheduleInterval: 'PT40M',
    ...over,
  };
}

export function inputOf(events: ProvisioningEvent[], j: JobStatus | null = null, now = NOW): CheckInput {
  return buildInput(events, j, Date.parse(now));
}

/** Runs the whole registry, so each rule is tested with the others competing for the events. */
export function run(events: ProvisioningEvent[], j: JobStatus | null = null): RuleResult[] {
  return runRules(inputOf(events, j));
}

export function result(results: readonly RuleResult[], id: string): RuleResult {
  const r = results.find((x) => x.finding.id === id);
  if (!r) throw new Error(`no ${id} in ${results.map((x) => x.finding.id).join(', ')}`);
  return r;
}

/** A skipped event whose scoping step carries these details. */
export function skipped(details: Record<string, string>, code: string | null = 'EntrySynchronizationSkipped'): ProvisioningEvent {
  return event({
    status: 'skipped',
    action: 'other',
    steps: [step({ name: 'EntrySynchronizationScoping', type: 'scoping', status: 'skipped', details })],
    error: code ? { errorCode: code, errorCategory: null, reason: null, additionalDetails: null, recommendedAction: null } : null,
  });
}
