import type { Finding } from '@/utils/saml/types';
import { findExact, nonEmptyValues } from './claims-common';
import { identityAssertion, untrustedNote } from './helpers';
import type { CheckInput } from './types';

const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** An email claim that carries the user principal name instead of the mailbox address. */
export function checkEmailLooksLikeUpn(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source) return [];
  const email = findExact(source.assertion.attributes, 'email');
  const value = email ? nonEmptyValues(email)[0] : undefined;
  if (!value) return [];
  const note = source.trusted ? '' : untrustedNote(input);
  const nameId = source.assertion.nameId;
  const onMicrosoft = /@[^@\s]+\.onmicrosoft\.com$/i.test(value);
  const equalsUpnNameId =
    !!nameId && nameId.value.toLowerCase() === value.toLowerCase() && nameId.format !== EMAIL_FORMAT && value.includes('@');
  if (!onMicrosoft && !equalsUpnNameId) return [];
  return [
    {
      id: 'claims.email-is-upn',
      severity: 'warning',
      title: 'The email claim looks like a user principal name, not a mailbox address',
      detail: `${
        onMicrosoft
          ? `The email is "${value}", an *.onmicrosoft.com address: that is the sign-in name (UPN) of a cloud account, rarely a real mailbox.`
          : `The email equals the NameID ("${value}"), which Entra fills from user.userprincipalname.`
      } The email claim’s source is probably user.userprincipalname instead of user.mail, or the user’s mail attribute is empty. JustCall matches users by e-mail address, so the user may not be found or a duplicate may be created.${note}`,
      fix: 'In Entra, Attributes & Claims: set the email claim’s source attribute to user.mail, and make sure the user has an Email (mail) value in their profile. Use user.userprincipalname only when every UPN is the user’s real e-mail address.',
      step: 'claims',
    },
  ];
}
