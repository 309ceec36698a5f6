import { SCOPE_REASONS } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase } from './helpers';
import type { Rule } from './types';

const K = SCOPE_REASONS['source-disabled'];

/** Skipped because the user is disabled (or soft-deleted) in Entra. */
export const sourceDisabled: Rule = {
  name: 'source-disabled',
  claims: (e, f) => e.status === 'skipped' && f.scope.active === false,
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.source-disabled',
          'info',
          K.title,
          `Skipped because the user is not active in Entra. ${eventsPhrase(input, claimed)} ${K.cause}`,
          K.fix,
          K.step,
        ),
        events: claimed,
        kind: 'skip',
      },
    ];
  },
};
