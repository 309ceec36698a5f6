import { makeFinding } from '@/utils/saml/finding';
import { eventsPhrase } from './helpers';
import type { Rule } from './types';

/**
 * Users deactivated (PATCH active=false) or deleted in JustCall, successfully.
 * That is provisioning doing its job when a user is disabled, unassigned or
 * leaves scope, so it is reported as a success, never as a failure.
 */
export const deprovisioned: Rule = {
  name: 'deprovisioned',
  claims: (e, f) => e.status === 'success' && f.deactivates,
  run(input, claimed) {
    if (claimed.length === 0) return [];
    const deleted = claimed.filter((i) => input.events[i]?.action === 'delete').length;
    const deactivated = claimed.length - deleted;
    const what = [deactivated ? `${deactivated} deactivated` : '', deleted ? `${deleted} deleted` : ''].filter(Boolean).join(' and ');
    return [
      {
        finding: makeFinding(
          'provisioning.deprovisioned',
          'info',
          'Users were deactivated in JustCall, as expected',
          `Successful changes: ${what} in JustCall. ${eventsPhrase(input, claimed)} Entra does this when a user is disabled or soft-deleted, unassigned, or leaves the scope, and deletes 30 days after a soft delete (or at once when the user is purged).`,
          'Nothing to do, unless a user should still have JustCall: then enable, re-assign or bring them back in scope in Entra, and the next cycle reactivates them.',
          null,
        ),
        events: claimed,
        kind: 'success',
      },
    ];
  },
};
