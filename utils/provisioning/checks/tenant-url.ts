import { makeFinding } from '@/utils/saml/finding';
import { answerPhrase, codesPhrase, eventCredentialSignal, eventsPhrase, jobCredentialSignal, jobError } from './helpers';
import type { Rule } from './types';

/**
 * A wrong Tenant URL: a 404 from a lookup (Entra's "SCIM Compliance issue"),
 * a redirect, an endpoint that does not answer, or the job's
 * `…InvalidCredentials` "Please provide a valid tenant URL".
 */
export const tenantUrl: Rule = {
  name: 'tenant-url',
  claims: (e, f) => eventCredentialSignal(e, f) === 'tenant-url',
  run(input, claimed) {
    const fromJob = jobCredentialSignal(input.job) === 'tenant-url';
    if (claimed.length === 0 && !fromJob) return [];
    const parts: string[] = [];
    if (claimed.length > 0)
      parts.push(
        `Requests to the Tenant URL failed. ${eventsPhrase(input, claimed)}${answerPhrase(input, claimed)}${codesPhrase(input, claimed)}`,
      );
    const err = jobError(input.job);
    if (fromJob && err)
      parts.push(
        `The provisioning job reports ${err.code ?? 'an error'}${err.message ? `: “${err.message}”` : ''}${input.job?.code === 'Quarantine' ? '; the job is in quarantine' : ''}.`,
      );
    parts.push(
      'Entra sends every request, Test Connection included, to the Tenant URL. A mistyped or outdated URL answers 404 where a SCIM list is expected (the portal calls it a “SCIM Compliance issue”), redirects, or does not answer at all.',
    );
    return [
      {
        finding: makeFinding(
          'provisioning.tenant-url',
          'error',
          'Entra cannot use JustCall’s SCIM endpoint at the Tenant URL',
          parts.join(' '),
          'In JustCall, open Settings > Security > Provisioning and copy the Tenant URL exactly (https, nothing added or cut off). In Entra, open the JustCall app > Provisioning > Admin Credentials, paste it into Tenant URL, click Test Connection, then Save. If the job is in quarantine, click Restart provisioning.',
          'scim',
        ),
        events: claimed,
        kind: 'problem',
        explainsJob: fromJob,
      },
    ];
  },
};
