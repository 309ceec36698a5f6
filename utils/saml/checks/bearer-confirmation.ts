import type { Finding } from '@/utils/saml/types';
import { identityAssertion, untrustedNote } from './helpers';
import type { CheckInput } from './types';

export const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/**
 * The Web Browser SSO profile delivers an assertion by bearer: its Subject
 * must have a bearer SubjectConfirmation, and that confirmation must carry
 * SubjectConfirmationData (Recipient, NotOnOrAfter, InResponseTo), which is
 * what ties the assertion to JustCall's ACS and to this sign-in.
 */
export function checkBearerConfirmation(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source) return [];
  const note = source.trusted ? '' : untrustedNote(input);
  const bearers = source.assertion.subjectConfirmations.filter((sc) => sc.method === BEARER);
  if (bearers.length === 0) {
    const methods = source.assertion.subjectConfirmations.map((sc) => sc.method ?? '(no method)');
    return [
      {
        id: 'confirmation.no-bearer',
        severity: 'error',
        title: 'The assertion has no bearer confirmation',
        detail: `${methods.length ? `Its SubjectConfirmation methods are ${methods.join(', ')}` : 'Its Subject has no SubjectConfirmation'}; a browser sign-in needs one with Method ${BEARER}, or JustCall cannot accept the assertion from the browser.${note}`,
        fix: 'Capture the sign-in again; Entra always sends a bearer confirmation, so this message was altered or comes from another identity provider.',
        step: null,
      },
    ];
  }
  if (bearers.every((sc) => sc.hasData === false)) {
    return [
      {
        id: 'confirmation.no-data',
        severity: 'error',
        title: 'The bearer confirmation has no SubjectConfirmationData',
        detail: `Without SubjectConfirmationData the assertion names no Recipient, no delivery deadline and no request it answers, so it could be replayed to any application; strict service providers refuse it.${note}`,
        fix: 'Capture the sign-in again; Entra always sends SubjectConfirmationData, so this message was altered or comes from another identity provider.',
        step: null,
      },
    ];
  }
  return [];
}
