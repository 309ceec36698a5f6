import type { Finding } from '@/utils/saml/types';
import { identityAssertion } from './helpers';
import type { CheckInput } from './types';

/** Says, once, that identity values were read from an assertion no valid signature covers. */
export function checkClaimsUntrusted(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source || source.trusted) return [];
  const verdict = input.signature?.verdict ?? 'not checked';
  return [
    {
      id: 'claims.untrusted-assertion',
      severity: 'warning',
      title: 'The user, claims and conditions were read from an untrusted assertion',
      detail: `No valid signature covers the assertion the values below come from (signature verdict: ${verdict}). They are shown to help diagnose, but JustCall must not rely on them, and they may have been forged.`,
      fix:
        verdict === 'unverified'
          ? 'Give the doctor the signing certificate (from Entra’s SAML Certificates section or the federation metadata) so the signature can be checked.'
          : 'See the signature findings.',
      step: verdict === 'unverified' ? 'certificate' : null,
    },
  ];
}
