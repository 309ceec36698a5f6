import { SCOPE_REASONS } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase } from './helpers';
import type { Rule } from './types';

const K = SCOPE_REASONS['scoping-filter'];

/** Skipped because a scoping filter evaluated to false. */
export const scopingFilter: Rule = {
  name: 'scoping-filter',
  claims: (e, f) => e.status === 'skipped' && (f.scope.inScope === false || f.scope.filterFailed),
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.scoping-filter',
          'info',
          K.title,
          `Skipped: the scoping step says the user is outside the provisioning scope. ${eventsPhrase(input, claimed)} ${K.cause}`,
          K.fix,
          K.step,
        ),
        events: claimed,
        kind: 'skip',
      },
    ];
  },
};
