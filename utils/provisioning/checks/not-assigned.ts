import { SCOPE_REASONS } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase } from './helpers';
import type { Rule } from './types';

const K = SCOPE_REASONS['not-assigned'];

/** Skipped because the user is not assigned to the app (scope "Sync only assigned users and groups"). */
export const notAssigned: Rule = {
  name: 'not-assigned',
  claims: (e, f) => e.status === 'skipped' && f.scope.assigned === false,
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.not-assigned',
          'info',
          K.title,
          `Skipped: the scoping step shows the user is not assigned to the app. ${eventsPhrase(input, claimed)} ${K.cause}`,
          K.fix,
          K.step,
        ),
        events: claimed,
        kind: 'skip',
      },
    ];
  },
};
