import type { CertInfo } from '@/utils/saml/types';
import { base64ToBytes, bytesToBase64, bytesToUpperHex, toBufferSource } from '@/utils/saml/decode/bytes';
import { Asn1Error } from './asn1';
import { OID_RSA_ENCRYPTION, parseX509, type ParsedX509 } from './x509';
import { parseMetadataCertificates } from '@/utils/saml/model/metadata';

/** Thrown for input that is not a certificate; the message is meant for the user. */
export class CertificateError extends Error {
  override name = 'CertificateError';
}

export interface LoadedCertificate {
  info: CertInfo;
  x509: ParsedX509;
  der: Uint8Array;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/** Parsed certificates by base64 DER: the same few certificates are checked over and over. */
const loadedCache = new Map<string, Promise<LoadedCertificate>>();
const CACHE_MAX = 64;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_MAX) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

function derFromText(input: string): Uint8Array {
  const text = input.trim();
  if (!text) throw new CertificateError('No certificate was given.');
  PEM_BLOCK.lastIndex = 0;
  const pem = PEM_BLOCK.exec(text);
  const body = pem ? (pem[1] ?? '') : text;
  if (!pem && /-----BEGIN /.test(text)) {
    throw new CertificateError('This PEM block is not a certificate (expected "BEGIN CERTIFICATE"; a key or request will not do).');
  }
  const der = base64ToBytes(body);
  if (!der || der.length < 32) {
    throw new CertificateError(
      'This is not a certificate: expected PEM ("-----BEGIN CERTIFICATE-----") or base64 DER, as Entra\'s "Certificate (Base64)" download.',
    );
  }
  return der;
}

async function loadDer(der: Uint8Array): Promise<LoadedCertificate> {
  let x509: ParsedX509;
  try {
    x509 = parseX509(der);
  } catch (err) {
    const why = err instanceof Asn1Error ? err.message : 'unreadable structure';
    throw new CertificateError(`The data is base64 but not an X.509 certificate (${why}).`);
  }
  const buf = toBufferSource(der);
  const [sha1, sha256] = await Promise.all([crypto.subtle.digest('SHA-1', buf), crypto.subtle.digest('SHA-256', buf)]);
  const info: CertInfo = {
    subject: x509.subject,
    issuer: x509.issuer,
    serialNumber: x509.serialNumber,
    notBefore: x509.notBefore,
    notAfter: x509.notAfter,
    sha1: bytesToUpperHex(new Uint8Array(sha1)),
    sha256: bytesToUpperHex(new Uint8Array(sha256)),
    der: bytesToBase64(der),
  };
  return { info, x509, der };
}

/** Loads one certificate (with its parsed key info), cached by DER. Rejects with CertificateError. */
export function loadCertificateDetailed(input: string): Promise<LoadedCertificate> {
  let der: Uint8Array;
  try {
    der = derFromText(input);
  } catch (err) {
    return Promise.reject(err);
  }
  const key = bytesToBase64(der);
  const cached = loadedCache.get(key);
  if (cached) return cached;
  const pending = loadDer(der);
  pending.catch(() => loadedCache.delete(key));
  return remember(loadedCache, key, pending);
}

/** PEM or bare base64 DER (whitespace allowed) to CertInfo. Rejects with CertificateError. */
export async function loadCertificate(input: string): Promise<CertInfo> {
  return (await loadCertificateDetailed(input)).info;
}

/**
 * Every certificate in a pasted text: PEM blocks, one bare base64 DER, or a
 * federation metadata document (its IdP signing certificates). Rejects with
 * CertificateError when nothing usable is found.
 */
export async function certificatesFromInput(text: string): Promise<CertInfo[]> {
  const trimmed = text.trim();
  let sources: string[];
  if (trimmed.startsWith('<')) {
    const { certificates, findings } = parseMetadataCertificates(trimmed);
    if (!certificates.length) {
      const why = findings.find((f) => f.severity === 'error')?.detail;
      throw new CertificateError(`No signing certificate was found in this XML${why ? `: ${why}` : '.'}`);
    }
    sources = certificates;
  } else {
    sources = [...trimmed.matchAll(PEM_BLOCK)].map((m) => m[0]);
    if (!sources.length) sources = [trimmed];
  }
  const infos = await Promise.all(sources.map((s) => loadCertificate(s)));
  const seen = new Set<string>();
  return infos.filter((c) => (seen.has(c.sha256) ? false : (seen.add(c.sha256), true)));
}

export type RsaHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const keyCache = new Map<string, Promise<CryptoKey>>();

/** RSASSA-PKCS1-v1_5 public key from a certificate, for crypto.subtle.verify. Cached per cert and hash. */
export function importRsaPublicKey(certDer: Uint8Array | string, hash: RsaHash): Promise<CryptoKey> {
  let der: Uint8Array;
  try {
    der = typeof certDer === 'string' ? derFromText(certDer) : certDer;
  } catch (err) {
    return Promise.reject(err);
  }
  const cacheKey = `${hash}:${bytesToBase64(der)}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  let x509: ParsedX509;
  try {
    x509 = parseX509(der);
  } catch (err) {
    return Promise.reject(new CertificateError(`Not an X.509 certificate (${err instanceof Error ? err.message : 'unreadable'}).`));
  }
  if (x509.keyAlgorithm !== OID_RSA_ENCRYPTION) {
    return Promise.reject(new CertificateError(`The certificate's key is not RSA (algorithm ${x509.keyAlgorithm}).`));
  }
  const pending = crypto.subtle.importKey('spki', toBufferSource(x509.spki), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
  pending.catch(() => keyCache.delete(cacheKey));
  return remember(keyCache, cacheKey, pending);
}
