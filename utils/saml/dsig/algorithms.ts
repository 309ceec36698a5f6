import type { RsaHash } from '@/utils/saml/cert';

/** XML-DSig algorithm identifiers we support, and what WebCrypto calls them. */

export const TRANSFORM_ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

const DIGESTS: Record<string, RsaHash> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
};

const SIGNATURES: Record<string, RsaHash> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': 'SHA-512',
};

export function digestHash(uri: string): RsaHash | null {
  return Object.hasOwn(DIGESTS, uri) ? (DIGESTS[uri] ?? null) : null;
}

export function signatureHash(uri: string): RsaHash | null {
  return Object.hasOwn(SIGNATURES, uri) ? (SIGNATURES[uri] ?? null) : null;
}

/** Short name for reports: "RSA-SHA256", "SHA-1". */
export function algorithmName(uri: string): string {
  const sig = signatureHash(uri);
  if (sig) return `RSA-${sig.replace('-', '')}`;
  return digestHash(uri) ?? uri;
}
