import { httpKnowledge } from '@/utils/provisioning/knowledge';
import { makeFinding } from '@/utils/saml/finding';
import { groupBy } from './group';
import { eventsPhrase, isTrouble } from './helpers';
import type { RuleResult, Rule } from './types';

/** A failure with no code but an HTTP status in its text: explained from RFC 7644 Table 8 (and 422/429). */
export const httpStatus: Rule = {
  name: 'http-status',
  claims: (e, f) => isTrouble(e) && f.http !== null,
  run(input, claimed) {
    const out: RuleResult[] = [];
    for (const [status, idx] of groupBy(claimed, (i) => (input.facts[i]?.http ? String(input.facts[i]?.http) : null))) {
      const k = httpKnowledge(Number(status));
      out.push({
        finding: makeFinding(
          `provisioning.http.${status}`,
          'error',
          k ? `${k.title} (HTTP ${status})` : `JustCall answered HTTP ${status}`,
          `JustCall answered HTTP ${status}${k ? ` ${k.name}` : ''}. ${eventsPhrase(input, idx)} ${k?.cause ?? 'This status is not one a SCIM endpoint is expected to return.'}`,
          k?.fix ?? 'Send JustCall support the time and change ID of one of these events.',
          k?.step ?? null,
        ),
        events: idx,
        kind: 'problem',
      });
    }
    return out;
  },
};
