import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase } from './helpers';
import type { Rule } from './types';

/** Skipped as RedundantExport: JustCall already matches Entra. Good news, reported as such. */
export const inSync: Rule = {
  name: 'in-sync',
  claims: (e, f) => e.status === 'skipped' && (f.skipReason ?? f.code ?? '').toLowerCase() === 'redundantexport',
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.in-sync',
          'info',
          'Already in sync: nothing needed to change',
          `The user’s state in JustCall already matched Entra, so no change was sent (RedundantExport). ${eventsPhrase(input, claimed)}`,
          'Nothing to do.',
          null,
        ),
        events: claimed,
        kind: 'success',
      },
    ];
  },
};
