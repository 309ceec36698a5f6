import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

/** A successful Response holds exactly one assertion; none or several is a problem. */
export function checkAssertionCount(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'Response') return [];
  const success = m.status?.codes[0] === SUCCESS;
  if (m.assertions.length === 0 && m.encryptedAssertions === 0 && success) {
    return [
      {
        id: 'assertion.missing',
        severity: 'error',
        title: 'The successful response contains no assertion',
        detail: 'The status says Success, yet there is no Assertion to read the user from.',
        fix: 'Capture the sign-in again; if it repeats, the message was altered on the way.',
        step: null,
      },
    ];
  }
  if (m.assertions.length > 1) {
    return [
      {
        id: 'assertion.multiple',
        severity: 'warning',
        title: `The response contains ${m.assertions.length} assertions`,
        detail:
          'Entra sends exactly one. Several assertions in one response are a sign of tampering (signature wrapping) or of a different identity provider.',
        fix: 'Read the signature findings: only an assertion a valid signature covers may be trusted.',
        step: null,
      },
    ];
  }
  return [];
}
