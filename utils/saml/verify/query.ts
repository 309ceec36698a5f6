import { base64ToBytes, utf8Encode } from '@/utils/saml/decode/bytes';
import { signatureHash } from '@/utils/saml/dsig/algorithms';
import { makeFinding } from '@/utils/saml/finding';
import type { DecodedMessage, Finding } from '@/utils/saml/types';
import { sigFindings } from './findings';
import { findSigner, type LoadedKnown } from './known-certs';

export type QueryOutcome =
  { kind: 'valid'; signer: LoadedKnown; findings: Finding[] } | { kind: 'invalid' | 'unverified'; findings: Finding[] };

/** HTTP-Redirect binding signature (SAML Bindings 3.4.4.1) over the octets as sent. */
export async function verifyQuerySignature(decoded: DecodedMessage, known: LoadedKnown[]): Promise<QueryOutcome> {
  const findings: Finding[] = [];
  const hash = decoded.sigAlg ? signatureHash(decoded.sigAlg) : null;
  if (!decoded.sigAlg || !decoded.signature || !decoded.signedQuery) {
    findings.push(
      makeFinding(
        'signature.query-incomplete',
        'error',
        'The redirect signature is incomplete',
        `The URL carries ${decoded.signature ? 'Signature' : 'SigAlg'} without ${decoded.signature ? 'SigAlg' : 'Signature'}; both are needed.`,
        'Copy the whole URL again; it may have been cut off.',
      ),
    );
    return { kind: 'invalid', findings };
  }
  if (!hash) {
    findings.push(sigFindings.unsupported(`signature algorithm ${decoded.sigAlg}`));
    return { kind: 'invalid', findings };
  }
  if (hash === 'SHA-1') findings.push(sigFindings.weakSha1());
  const sig = base64ToBytes(decoded.signature);
  if (!sig) {
    findings.push(sigFindings.valueMismatch('URL', known.length));
    return { kind: 'invalid', findings };
  }
  if (!known.length) {
    findings.push(sigFindings.noCertificate());
    return { kind: 'unverified', findings };
  }
  const signer = await findSigner(known, hash, sig, utf8Encode(decoded.signedQuery));
  if (!signer) {
    findings.push(sigFindings.valueMismatch('URL', known.length));
    return { kind: 'invalid', findings };
  }
  return { kind: 'valid', signer, findings };
}
