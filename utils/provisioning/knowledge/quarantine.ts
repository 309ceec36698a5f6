import type { JobStatusCode } from '@/utils/provisioning/types';
import type { Explained } from './types';

/**
 * The provisioning job's state: synchronizationStatus.code (facts §3.3) and
 * the reasons a job is put in quarantine (§3.1, §3.3), in our words.
 * While quarantined the job runs less and less often (down to once a day)
 * and is disabled after about four weeks.
 */

export const QUARANTINE_DISABLE_DAYS = 28;

export const QUARANTINE_REASONS: Readonly<Record<string, Explained>> = {
  EncounteredQuarantineException: {
    title: 'Entra cannot work with JustCall at all, so every change would fail',
    cause:
      'Entra could not connect or authenticate to JustCall’s SCIM endpoint (for example an invalid Secret Token or Tenant URL), so every change would fail.',
    fix: 'Fix the cause named by the quarantine error below, then click Restart provisioning.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.1, §3.3',
  },
  EncounteredEscrowProportionThreshold: {
    title: 'Too many changes failed (more than 40% of events)',
    cause:
      'A large share of the cycle’s provisioning events failed, so Entra stopped running normally. The failures themselves are in the provisioning logs.',
    fix: 'Fix the most common failure in the provisioning logs (see the top cause), then click Restart provisioning.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.1',
  },
  EncounteredBaseEscrowThreshold: {
    title: 'The number of failed changes crossed Entra’s quarantine threshold',
    cause:
      'Entra counts failed events that wait for a retry; past a documented level (about 5,000, evaluated with the 40% and 40,000 limits) it quarantines the job. Which limit this reason names exactly is not documented.',
    fix: 'Fix the most common failure in the provisioning logs, then click Restart provisioning.',
    step: 'scim',
    evidence: 'inferred',
    source: '§3.1, §3.3',
  },
  EncounteredTotalEscrowThreshold: {
    title: 'The total number of failed changes reached Entra’s cap',
    cause:
      'So many events failed in total (the documented absolute cap is 60,000, references included) that Entra quarantined the job. The exact meaning of this reason is inferred from the documented limits.',
    fix: 'Fix the most common failure in the provisioning logs, then click Restart provisioning.',
    step: 'scim',
    evidence: 'inferred',
    source: '§3.1, §3.3',
  },
  TooManyDeletes: {
    title: 'Accidental-deletions prevention stopped the job',
    cause: 'More users were about to be deleted or deactivated in one go than the configured threshold allows (500 by default).',
    fix: 'In Entra, review the pending deletions on the JustCall app’s Provisioning page. If they are intended, choose Allow deletes; if not, fix the assignment or scoping change that took users out of scope first.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.1 (accidental deletions), §3.2',
  },
  QuarantinedOnDemand: {
    title: 'Microsoft put the job in quarantine',
    cause: 'The quarantine was set manually on Microsoft’s side, not caused by the events.',
    fix: 'Contact Microsoft support.',
    step: null,
    evidence: 'documented',
    source: '§3.1 (the doc spells it QuarantineOnDemand), §3.3',
  },
  IngestionInterrupted: {
    title: 'Entra’s intake of changes was interrupted',
    cause: 'Graph lists this reason without a public explanation.',
    fix: 'Click Restart provisioning; if the quarantine returns, contact Microsoft support with the job ID.',
    step: null,
    evidence: 'inferred',
    source: '§3.3 (enum value only)',
  },
  Unknown: {
    title: 'The quarantine reason is not given',
    cause: 'Entra quarantined the job without naming a reason.',
    fix: 'Look at the quarantine error and the most common failure in the provisioning logs; fix it, then click Restart provisioning.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.3',
  },
};

/** The documented spelling difference: the doc writes QuarantineOnDemand, the Graph enum QuarantinedOnDemand. */
export function quarantineReason(reason: string | null): Explained | null {
  if (!reason) return null;
  const key = Object.keys(QUARANTINE_REASONS).find((k) => k.toLowerCase() === reason.trim().toLowerCase());
  if (key) return QUARANTINE_REASONS[key] ?? null;
  if (/^quarantineondemand$/i.test(reason.trim())) return QUARANTINE_REASONS.QuarantinedOnDemand ?? null;
  return null;
}

/** The portal's wording of common quarantine causes (facts §3.1), matched in quarantine messages. */
export const PORTAL_QUARANTINE_CAUSES = [
  { pattern: /scim compliance issue/i, cause: 'tenant-url' },
  { pattern: /invalid credentials/i, cause: 'credentials' },
  { pattern: /duplicate roles/i, cause: 'duplicate-roles' },
] as const;

export const JOB_CODES: Readonly<Record<Exclude<JobStatusCode, 'unknown'>, Explained>> = {
  NotConfigured: {
    title: 'Provisioning is not configured yet',
    cause: 'The provisioning job exists but has never been set up (no working Admin Credentials saved).',
    fix: 'In Entra, open the JustCall app > Provisioning, enter the Tenant URL and Secret Token from JustCall, Test Connection, Save, then turn Provisioning Status On.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.3',
  },
  NotRun: {
    title: 'Provisioning has not run yet',
    cause: 'The job is configured but no cycle has run.',
    fix: 'Turn Provisioning Status On (or Start provisioning) and wait for the first cycle, which can take from 20 minutes to several hours.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.3, §6.3',
  },
  Active: {
    title: 'Provisioning is running',
    cause: 'The job runs normally, about every 40 minutes.',
    fix: 'Nothing to do.',
    step: null,
    evidence: 'documented',
    source: '§3.3, §6.3',
  },
  Paused: {
    title: 'Provisioning is paused',
    cause: 'Provisioning Status is Off, so no changes reach JustCall. Turning it On resumes where it stopped.',
    fix: 'In Entra, open the JustCall app > Provisioning, set Provisioning Status to On and Save (or Start provisioning).',
    step: 'scim',
    evidence: 'documented',
    source: '§3.3, §6.1',
  },
  Quarantine: {
    title: 'Provisioning is in quarantine',
    cause:
      'Most or all calls to JustCall failed, or one failure stops everything (such as a revoked token). The job runs less and less often, down to once a day, and is disabled after about four weeks.',
    fix: 'Fix the cause named by the quarantine reason and error, then click Restart provisioning.',
    step: 'scim',
    evidence: 'documented',
    source: '§3.1, §3.3',
  },
};
