import { JOB_CODES, lookupCode } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { jobCredentialSignal } from './helpers';
import type { Rule } from './types';

/** The job is not running (not configured, not run, paused), or its last run failed while not quarantined. */
export const jobState: Rule = {
  name: 'job-state',
  run(input) {
    const job = input.job;
    if (!job || job.code === 'Quarantine' || job.quarantine) return [];
    if (job.code === 'NotConfigured' || job.code === 'NotRun' || job.code === 'Paused') {
      const k = JOB_CODES[job.code];
      return [
        {
          finding: makeFinding(
            `provisioning.job.${job.code}`,
            job.code === 'NotRun' ? 'info' : 'warning',
            k.title,
            `The job’s status is ${job.code}. ${k.cause}`,
            k.fix,
            k.step,
          ),
          events: [],
          kind: 'problem',
          explainsJob: true,
        },
      ];
    }
    const err = job.lastExecution?.error;
    // A credential error is the Secret Token or Tenant URL finding's to explain.
    if ((err?.code || err?.message) && jobCredentialSignal(job) === null) {
      const k = lookupCode(err.code)?.knowledge;
      return [
        {
          finding: makeFinding(
            'provisioning.job.last-execution',
            'warning',
            k ? `The last provisioning run failed: ${k.title}` : 'The last provisioning run failed',
            `The job’s last run${job.lastExecution?.timeEnded ? ` (ended ${job.lastExecution.timeEnded.slice(0, 16).replace('T', ' ')} UTC)` : ''} reported ${err.code ?? 'an error'}${err.message ? `: “${err.message}”` : ''}.${k ? ` ${k.cause}` : ''}`,
            k?.fix ?? 'Open the provisioning logs for the failed events of that run.',
            k?.step ?? 'scim',
          ),
          events: [],
          kind: 'problem',
          explainsJob: true,
        },
      ];
    }
    if (job.code === 'unknown' && job.codeLabel)
      return [
        {
          finding: makeFinding(
            'provisioning.job.unknown-status',
            'info',
            `The job reports a status this tool does not know: ${job.codeLabel}`,
            `Documented statuses are NotConfigured, NotRun, Active, Paused and Quarantine; this job says ${job.codeLabel}.`,
            'Check the Provisioning page in Entra for the job’s current state.',
            'scim',
          ),
          events: [],
          kind: 'problem',
          explainsJob: true,
        },
      ];
    return [];
  },
};
