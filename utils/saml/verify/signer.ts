import type { Finding, SignatureReport } from '@/utils/saml/types';
import { sigFindings } from './findings';
import type { LoadedKnown } from './known-certs';

/** What the certificate that verified a signature says about the setup: an inactive one, or one JustCall does not hold. */
export function signerFindings(signer: LoadedKnown, known: LoadedKnown[]): Finding[] {
  const out: Finding[] = [];
  if (signer.known.role === 'entra-inactive') out.push(sigFindings.signedWithInactive(signer.loaded.info));
  if (signer.known.role !== 'justcall') {
    const justcall = known.filter((k) => k.known.role === 'justcall');
    if (justcall.length && !justcall.some((k) => k.loaded.info.sha256 === signer.loaded.info.sha256)) {
      out.push(
        sigFindings.justcallHoldsOld(
          signer.loaded.info,
          justcall.map((k) => k.loaded.info),
        ),
      );
    }
  }
  return out;
}

export function signerOf(s: LoadedKnown): NonNullable<SignatureReport['signer']> {
  return { label: s.known.label, role: s.known.role, cert: s.loaded.info };
}
