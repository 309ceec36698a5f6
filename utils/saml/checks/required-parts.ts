import type { Finding } from '@/utils/saml/types';
import { identityAssertion, isIdpMessage, untrustedNote } from './helpers';
import type { CheckInput } from './types';

const RECAPTURE =
  'Capture the sign-in again from JustCall’s login page; if it repeats, the message was altered on the way or does not come from Entra.';

/**
 * The parts strict SPs require before they read anything: a Response has an
 * ID (a signature reference and replay cache need it); the assertion has an
 * ID, an Issuer, Conditions (where the audience and lifetime live) and an
 * AuthnStatement (the Web Browser SSO profile requires one). Entra always
 * sends them, so a missing one means the message was altered or is not Entra's.
 */
export function checkRequiredParts(input: CheckInput): Finding[] {
  const m = input.model;
  if (!isIdpMessage(m)) return [];
  const findings: Finding[] = [];
  if (m?.kind === 'Response' && !m.id?.trim()) {
    findings.push({
      id: 'response.no-id',
      severity: 'error',
      title: 'The response has no ID',
      detail:
        'Every SAML Response must carry an ID attribute; service providers use it to refuse a replayed response and a signature refers to it.',
      fix: RECAPTURE,
      step: null,
    });
  }
  const source = identityAssertion(input);
  if (!source) return findings;
  const { assertion } = source;
  const note = source.trusted ? '' : untrustedNote(input);
  const missing: Array<[string, string, string]> = [];
  if (!assertion.id.trim()) missing.push(['assertion.no-id', 'an ID', 'the signature and replay checks need it']);
  if (!assertion.issuer?.trim())
    missing.push(['assertion.no-issuer', 'an Issuer', 'JustCall checks that the assertion itself names Entra']);
  if (!assertion.conditions) {
    missing.push([
      'assertion.no-conditions',
      'Conditions',
      'that is where the audience (JustCall’s Entity ID) and the validity period are',
    ]);
  }
  if (!assertion.authn) {
    missing.push([
      'assertion.no-authn-statement',
      'an AuthnStatement',
      'the SAML Web Browser SSO profile requires one: it says how and when the user signed in',
    ]);
  }
  for (const [id, what, why] of missing) {
    findings.push({
      id,
      severity: 'error',
      title: `The assertion has no ${what.replace(/^an? /, '')}`,
      detail: `A SAML assertion must contain ${what}: ${why}. JustCall refuses the sign-in without it.${note}`,
      fix: RECAPTURE,
      step: null,
    });
  }
  return findings;
}
