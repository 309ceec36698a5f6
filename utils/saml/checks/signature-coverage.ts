import type { Finding } from '@/utils/saml/types';
import type { CheckInput } from './types';

const WORDS: Record<string, string> = {
  response: 'the whole Response (the assertion inside it is covered too)',
  assertion: 'the Assertion (Entra’s default)',
  both: 'both the Response and the Assertion',
  query: 'the query string (Redirect binding)',
  document: 'the whole document',
};

/** Which part a valid signature covers, for the record. */
export function checkSignatureCoverage(input: CheckInput): Finding[] {
  const s = input.signature;
  if (!s || s.verdict !== 'valid') return [];
  const what = WORDS[s.covers];
  if (!what) return [];
  const signer = s.signer ? ` It was verified with “${s.signer.label}” (thumbprint ${s.signer.cert.sha1}).` : '';
  return [
    {
      id: 'signature.covers',
      severity: 'info',
      title: `Signed part: ${s.covers}`,
      detail: `The valid signature covers ${what}.${signer}`,
      fix: 'Nothing to do. (Entra’s “Signing Option” in SAML Certificates chooses what is signed.)',
      step: null,
    },
  ];
}
