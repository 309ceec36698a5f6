import { makeFinding } from '@/utils/saml/finding';
import { answerPhrase, codesPhrase, eventsPhrase, isTrouble } from './helpers';
import type { Rule } from './types';

const OUTAGE_CODES = new Set([
  'InternalServerError',
  'Timeout',
  'WebExceptionProtocolError',
  'SystemForCrossDomainIdentityManagementServiceFailure',
]);

/** JustCall answered 5xx, timed out, or broke the connection. Entra retries in about 40 minutes. */
export const justcallUnavailable: Rule = {
  name: 'justcall-unavailable',
  claims: (e, f) =>
    isTrouble(e) && ((f.http !== null && f.http >= 500 && f.http !== 501) || OUTAGE_CODES.has(f.match?.knowledge.code ?? '')),
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.justcall-unavailable',
          'warning',
          'JustCall’s SCIM service failed or did not answer in time',
          `The changes failed on JustCall’s side. ${eventsPhrase(input, claimed)}${answerPhrase(input, claimed)}${codesPhrase(input, claimed)} This is not caused by the Entra configuration; Entra retries these changes in about 40 minutes.`,
          'Nothing to change in Entra. If the same users keep failing over several cycles, send JustCall support the time and change ID of a failed event (shown in the event list).',
          null,
        ),
        events: claimed,
        kind: 'problem',
      },
    ];
  },
};
