import { makeFinding } from '@/utils/saml/finding';
import { answerPhrase, codesPhrase, eventsPhrase, isTrouble } from './helpers';
import type { Rule } from './types';

/**
 * A guest's UPN (name_home.example#EXT#@tenant.onmicrosoft.com) sent as
 * userName. JustCall takes userName as the person's e-mail; the #EXT# form is
 * not one, and never equals the address the guest signs in with.
 */
export const guestUpn: Rule = {
  name: 'guest-upn',
  claims: (e, f) => f.ext.inUserName || (f.ext.inUpn && f.userName === null && isTrouble(e)),
  run(input, claimed) {
    if (claimed.length === 0) return [];
    const failed = claimed.filter((i) => {
      const e = input.events[i];
      return e !== undefined && isTrouble(e);
    });
    const sure = claimed.some((i) => input.facts[i]?.ext.inUserName);
    const what = sure
      ? 'sent a guest’s user principal name, the “…#EXT#@….onmicrosoft.com” form, as userName'
      : 'are for guests whose user principal name has the “…#EXT#@….onmicrosoft.com” form, which the default mapping sends as userName';
    const outcome =
      failed.length > 0
        ? `${failed.length} of them failed.${answerPhrase(input, failed)}${codesPhrase(input, failed)}`
        : 'JustCall accepted them, so these users now have an #EXT# address as their JustCall user name.';
    return [
      {
        finding: makeFinding(
          'provisioning.guest-upn',
          failed.length > 0 ? 'error' : 'warning',
          'Guest users are sent with their #EXT# UPN as userName',
          `Entra ${what}. ${eventsPhrase(input, claimed)} ${outcome} JustCall uses userName as the user’s e-mail address; the #EXT# form is not a real mailbox and does not match the e-mail the guest signs in with.`,
          'In Entra, open the JustCall app > Provisioning > Attribute mapping > Provision Microsoft Entra ID Users and set the source of userName to mail (as JustCall’s guide maps it), keeping userName as the matching attribute. Make sure guests have mail filled in, then use Provision on demand for one guest to check.',
          'scim',
        ),
        events: claimed,
        kind: 'problem',
      },
    ];
  },
};
