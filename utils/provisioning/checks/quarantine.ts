import { JOB_CODES, QUARANTINE_DISABLE_DAYS, quarantineReason } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { jobCredentialSignal, jobError } from './helpers';
import type { Rule } from './types';

const DAY = 86_400_000;

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The job is in quarantine: why (the Graph reason), since when, the next
 * attempt, and how long until Entra disables it (about four weeks).
 */
export const quarantine: Rule = {
  name: 'quarantine',
  run(input) {
    const job = input.job;
    if (!job || (job.code !== 'Quarantine' && !job.quarantine)) return [];
    const q = job.quarantine;
    const reason = quarantineReason(q?.reason ?? null);
    const since = q?.seriesBegan ?? q?.currentBegan ?? null;
    const parts = [`The provisioning job is in quarantine.${q?.reason ? ` Reason: ${q.reason}.` : ''}`];
    if (since) {
      const days = Math.floor((input.nowMs - Date.parse(since)) / DAY);
      const left = QUARANTINE_DISABLE_DAYS - days;
      parts.push(
        `It has been quarantined since ${when(since)}${q?.seriesCount ? ` (${q.seriesCount} attempt${q.seriesCount === 1 ? '' : 's'} so far)` : ''}${
          days >= 0
            ? left > 0
              ? `; about ${left} day${left === 1 ? '' : 's'} remain before Entra disables the job`
              : '; it is past the four weeks after which Entra disables the job'
            : ''
        }.`,
      );
    }
    if (q?.nextAttempt) parts.push(`Next attempt: ${when(q.nextAttempt)}.`);
    const err = jobError(job);
    if (err)
      parts.push(
        `Its error: ${err.code ?? 'no code'}${err.message ? `, “${err.message}”` : ''}${err.tenantActionable ? ' (something you can fix in your tenant)' : ''}.`,
      );
    parts.push(reason?.cause ?? JOB_CODES.Quarantine.cause);
    const signal = jobCredentialSignal(job);
    const fix =
      signal === 'token'
        ? 'Paste JustCall’s current Secret Token in Admin Credentials (see the Secret Token finding), Test Connection, Save, then click Restart provisioning. Any successful retry also lifts the quarantine.'
        : signal === 'tenant-url'
          ? 'Correct the Tenant URL in Admin Credentials (see the Tenant URL finding), Test Connection, Save, then click Restart provisioning. Any successful retry also lifts the quarantine.'
          : `${reason?.fix ?? JOB_CODES.Quarantine.fix} Restart provisioning runs a full cycle and clears the quarantine.`;
    return [
      {
        finding: makeFinding(
          'provisioning.quarantine',
          'error',
          'Provisioning to JustCall is in quarantine',
          parts.join(' '),
          fix,
          reason?.step ?? 'scim',
        ),
        events: [],
        kind: 'problem',
        explainsJob: true,
      },
    ];
  },
};
