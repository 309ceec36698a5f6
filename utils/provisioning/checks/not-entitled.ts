import { lookupCode } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase } from './helpers';
import type { Rule } from './types';

const K = lookupCode('NotEffectivelyEntitled')?.knowledge;

/** Skipped as "not effectively entitled": the assignment exists but does not count (broken record, Default Access role). */
export const notEntitled: Rule = {
  name: 'not-entitled',
  claims: (e, f) =>
    e.status !== 'success' &&
    (f.skipReason?.toLowerCase() === 'noteffectivelyentitled' ||
      f.match?.knowledge.code === 'NotEffectivelyEntitled' ||
      f.scope.entitled === false ||
      f.text.includes('not effectively entitled')),
  run(input, claimed) {
    if (claimed.length === 0 || !K) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.not-entitled',
          'warning',
          K.title,
          `Skipped as not effectively entitled. ${eventsPhrase(input, claimed)} ${K.cause}`,
          K.fix,
          K.step,
        ),
        events: claimed,
        kind: 'skip',
      },
    ];
  },
};
