import { makeFinding } from '@/utils/saml/finding';
import { answerPhrase, codesPhrase, eventsPhrase, isTrouble } from './helpers';
import type { Rule } from './types';

/**
 * JustCall already has the user: 409 with scimType "uniqueness", reported as
 * `EntryConflict` (prefixed by the target: `ContosoEntryConflict`, and for
 * SCIM apps presumably `SystemForCrossDomainIdentityManagementEntryConflict`).
 * Entra did not match the existing JustCall user, so the matching attribute's
 * value differs between the two sides.
 */
export const entryConflict: Rule = {
  name: 'entry-conflict',
  claims: (e, f) => isTrouble(e) && (f.http === 409 || f.scimType === 'uniqueness' || f.match?.knowledge.code === 'EntryConflict'),
  run(input, claimed) {
    if (claimed.length === 0) return [];
    return [
      {
        finding: makeFinding(
          'provisioning.entry-conflict',
          'error',
          'These users already exist in JustCall, and Entra did not recognise them',
          `Creating the user failed because JustCall already has a user with the same unique value. ${eventsPhrase(input, claimed)}${answerPhrase(input, claimed)}${codesPhrase(input, claimed)} Before creating a user, Entra looks in JustCall for one whose matching attribute (userName by default) equals the Entra value. It found none, so the values differ, for example userName sent from userPrincipalName while the JustCall user was created with the person’s e-mail.`,
          'Make the matching value agree with what JustCall holds: in Entra, open the JustCall app > Provisioning > Attribute mapping > Provision Microsoft Entra ID Users, and make userName (matching precedence 1) come from the attribute that equals the JustCall user’s e-mail, usually mail. Entra then links the existing user instead of creating one. If the JustCall user is a different person, rename or remove it in JustCall.',
          'scim',
        ),
        events: claimed,
        kind: 'problem',
      },
    ];
  },
};
