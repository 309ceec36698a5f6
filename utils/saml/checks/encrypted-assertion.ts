import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

/** JustCall needs a plain assertion; an EncryptedAssertion means token encryption is on. */
export function checkEncryptedAssertion(input: CheckInput): Finding[] {
  const m = input.model;
  if (m?.kind !== 'Response' || m.encryptedAssertions === 0) return [];
  return [
    {
      id: 'assertion.encrypted',
      severity: 'error',
      title: 'The assertion is encrypted',
      detail: `The response carries ${m.encryptedAssertions} EncryptedAssertion element(s). JustCall has no key to decrypt them, so it cannot read the user; this tool cannot read them either.`,
      fix: 'In Entra, open the JustCall app > Security > Token encryption, and deactivate the token encryption certificate so the assertion is sent unencrypted (it is still signed).',
      step: 'certificate',
    },
  ];
}
