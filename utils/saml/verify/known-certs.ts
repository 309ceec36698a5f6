import { CertificateError, importRsaPublicKey, loadCertificateDetailed, type LoadedCertificate, type RsaHash } from '@/utils/saml/cert';
import { base64ToBytes, toBufferSource } from '@/utils/saml/decode/bytes';
import { makeFinding } from '@/utils/saml/finding';
import type { Finding, KnownCert } from '@/utils/saml/types';

export interface LoadedKnown {
  known: KnownCert;
  loaded: LoadedCertificate;
}

/** Loads the trusted certificates; an unreadable one becomes a finding, not a failure. */
export async function loadKnownCerts(certs: KnownCert[]): Promise<{ loaded: LoadedKnown[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const loaded: LoadedKnown[] = [];
  for (const known of certs) {
    try {
      loaded.push({ known, loaded: await loadCertificateDetailed(known.cert) });
    } catch (err) {
      const why = err instanceof CertificateError ? err.message : 'it could not be read';
      findings.push(
        makeFinding(
          'certificate.unreadable',
          'error',
          `The certificate "${known.label}" could not be read`,
          why,
          known.role === 'justcall'
            ? 'Paste the certificate exactly as downloaded from Entra (Certificate (Base64)) into JustCall.'
            : 'Download the certificate again from Entra (SAML Certificates, Certificate (Base64)).',
          known.role === 'justcall' ? 'justcall-idp' : 'certificate',
        ),
      );
    }
  }
  return { loaded, findings };
}

/** RSA PKCS#1 v1.5 verify; any error (non-RSA key, bad sizes) counts as "does not verify". */
export async function verifiesWith(
  loaded: LoadedCertificate,
  hash: RsaHash,
  signature: Uint8Array,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    const key = await importRsaPublicKey(loaded, hash);
    return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, toBufferSource(signature), data);
  } catch {
    return false;
  }
}

/** The first known certificate whose key verifies the signature. */
export async function findSigner(
  known: LoadedKnown[],
  hash: RsaHash,
  signature: Uint8Array,
  data: Uint8Array<ArrayBuffer>,
): Promise<LoadedKnown | null> {
  for (const k of known) {
    if (await verifiesWith(k.loaded, hash, signature, data)) return k;
  }
  return null;
}

/** Loads a KeyInfo certificate; null when it is not a readable certificate (a bare key there is not one). */
export async function loadEmbedded(b64: string | undefined): Promise<LoadedCertificate | null> {
  if (!b64 || !base64ToBytes(b64)) return null;
  try {
    return await loadCertificateDetailed(`-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----`);
  } catch {
    return null;
  }
}
