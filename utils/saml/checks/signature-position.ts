import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

/**
 * The schema puts ds:Signature once, right after Issuer. Strict SPs validate
 * against the schema and refuse a signature elsewhere, even one that
 * verifies; a moved signature is also what some wrapping attacks leave behind.
 */
export function checkSignaturePosition(input: CheckInput): Finding[] {
  const m = input.model;
  if (!m || m.kind === 'EntityDescriptor') return [];
  const where: string[] = [];
  if (m.signatureMisplaced) where.push(`the ${m.kind}`);
  if (m.kind === 'Response' && m.assertions.some((a) => a.signatureMisplaced)) where.push('its Assertion');
  if (!where.length) return [];
  return [
    {
      id: 'signature.misplaced',
      severity: 'error',
      title: 'The signature is not where the SAML schema allows it',
      detail: `The ds:Signature of ${where.join(' and ')} is not the element right after its Issuer (or there is more than one). Service providers that validate against the schema refuse the message even when the signature verifies.`,
      fix: 'Capture the sign-in again. Entra places the signature correctly, so a tool or proxy on the way rewrote the message; remove it.',
      step: null,
    },
  ];
}
