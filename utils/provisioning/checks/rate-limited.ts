import { makeFinding } from '@/utils/saml/finding';
import { codesPhrase, eventsPhrase, isTrouble } from './helpers';
import type { Rule } from './types';

/** JustCall throttled Entra: HTTP 429 / TooManyRequests. Retried by Entra; nothing to fix in the setup. */
export const rateLimited: Rule = {
  name: 'rate-limited',
  claims: (e, f) => isTrouble(e) && (f.http === 429 || f.match?.knowledge.code === 'TooManyRequests'),
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.rate-limited',
          'warning',
          'JustCall asked Entra to slow down (HTTP 429)',
          `JustCall’s SCIM service was receiving too many requests and turned changes away. ${eventsPhrase(input, claimed)}${codesPhrase(input, claimed)} Entra retries them by itself; Microsoft does not document whether it waits for JustCall’s Retry-After.`,
          'Nothing to change in the setup. If the same users are still failing after several cycles (about 40 minutes apart), or the job goes into quarantine, ask JustCall support about the SCIM rate limit for your account.',
          null,
        ),
        events: claimed,
        kind: 'problem',
      },
    ];
  },
};
