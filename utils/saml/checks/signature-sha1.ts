import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

/** SHA-1 signatures are weak; Entra signs with SHA-256 unless someone changed it. */
export function checkSignatureSha1(input: CheckInput): Finding[] {
  const s = input.signature;
  if (!s) return [];
  // verify may report this itself; one finding is enough.
  if (s.findings.some((f) => /sha-?1/i.test(f.id))) return [];
  const algs = [s.signatureAlgorithm, s.digestAlgorithm, input.decoded?.sigAlg].filter((a): a is string => !!a);
  if (!algs.some((a) => /sha1(?![0-9])/i.test(a))) return [];
  return [
    {
      id: 'signature.sha1',
      severity: 'warning',
      title: 'The message is signed with SHA-1, a weak algorithm',
      detail: `Algorithms used: ${algs.join(', ')}. SHA-1 is considered broken for signatures, and some service providers refuse it.`,
      fix: 'In Entra, SAML Certificates > Edit: set Signing Algorithm to SHA-256 (if the IdP is Entra); for a signed request, the sender must switch to SHA-256.',
      step: 'certificate',
    },
  ];
}
