import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase, isTrouble, topValues } from './helpers';
import type { Rule } from './types';

/** Failures that carry neither a code nor anything the other rules recognise. */
export const unexplained: Rule = {
  name: 'unexplained',
  claims: (e) => isTrouble(e),
  run(input, claimed) {
    if (claimed.length === 0) return [];
    const steps = topValues(claimed.map((i) => input.facts[i]?.failedStep?.name ?? null));
    const reason = claimed.map((i) => input.events[i]?.error?.reason).find((r) => !!r);
    return [
      {
        finding: makeFinding(
          'provisioning.unexplained',
          'error',
          'Provisioning failed without an error code',
          `The changes failed without an error code this tool can explain. ${eventsPhrase(input, claimed)}${steps.length ? ` Failed step: ${steps.join(', ')}.` : ''}${reason ? ` Entra’s reason: “${reason}”` : ''}`,
          'Open one of these events in the provisioning logs and read its Troubleshooting & Recommendations tab; Provision on demand for the same user shows each step’s details.',
          'scim',
        ),
        events: claimed,
        kind: 'problem',
      },
    ];
  },
};
