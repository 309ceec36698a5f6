import { SCIM_TYPE_KNOWLEDGE, type ScimType } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { groupBy } from './group';
import { answerPhrase, codesPhrase, eventsPhrase, isTrouble } from './helpers';
import type { RuleResult, Rule } from './types';

/** A failure where JustCall's SCIM error names a scimType (RFC 7644 Table 9), one finding per scimType. */
export const scimError: Rule = {
  name: 'scim-error',
  claims: (e, f) => isTrouble(e) && f.scimType !== null,
  run(input, claimed) {
    const out: RuleResult[] = [];
    for (const [type, idx] of groupBy(claimed, (i) => input.facts[i]?.scimType ?? null)) {
      const k = SCIM_TYPE_KNOWLEDGE[type as ScimType];
      out.push({
        finding: makeFinding(
          `provisioning.scim.${type}`,
          'error',
          k.title,
          `${eventsPhrase(input, idx)}${answerPhrase(input, idx)}${codesPhrase(input, idx)} ${k.cause}`,
          k.fix,
          k.step,
        ),
        events: idx,
        kind: 'problem',
      });
    }
    return out;
  },
};
