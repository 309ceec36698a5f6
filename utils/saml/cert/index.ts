import type { CertInfo } from '@/utils/saml/types';
import { base64ToBytes, bytesToBase64, bytesToUpperHex, toBufferSource } from '@/utils/saml/decode/bytes';
import { Asn1Error } from './asn1';
import { OID_RSA_ENCRYPTION, parseX509, type ParsedX509 } from './x509';
import { parseSpki, spkiFromPkcs1, type ParsedPublicKey } from './public-key';
import { parseMetadataCertificates } from '@/utils/saml/model/metadata';

/** Thrown for input that is not a certificate; the message is meant for the user. */
export class CertificateError extends Error {
  override name = 'CertificateError';
}

export interface LoadedCertificate {
  info: CertInfo;
  /** The key that checks signatures: the certificate's, or the bare public key given. */
  key: { spki: Uint8Array; keyAlgorithm: string };
  der: Uint8Array;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
const KEY_BLOCK = /-----BEGIN (RSA )?PUBLIC KEY-----([\s\S]*?)-----END \1?PUBLIC KEY-----/;

/** Parsed certificates by base64 DER: the same few certificates are checked over and over. */
const loadedCache = new Map<string, Promise<LoadedCertificate>>();
const CACHE_MAX = 64;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_MAX) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

/** What a text holds: a certificate, a public key, or bare base64 that may be either. */
type Given = { der: Uint8Array; as: 'certificate' | 'public-key' | 'either' };

function derFromText(input: string): Given {
  const text = input.trim();
  if (!text) throw new CertificateError('No certificate was given.');
  PEM_BLOCK.lastIndex = 0;
  const pem = PEM_BLOCK.exec(text);
  const key = pem ? null : KEY_BLOCK.exec(text);
  if (!pem && !key && /-----BEGIN /.test(text)) {
    throw new CertificateError(
      'This PEM block is neither a certificate nor a public key (expected "BEGIN CERTIFICATE" or "BEGIN PUBLIC KEY"; a private key or request will not do).',
    );
  }
  const body = pem ? (pem[1] ?? '') : key ? (key[2] ?? '') : text;
  const der = base64ToBytes(body);
  if (!der || der.length < 32) {
    throw new CertificateError(
      'This is not a certificate: expected PEM ("-----BEGIN CERTIFICATE-----"), a public key ("-----BEGIN PUBLIC KEY-----") or base64 DER, as Entra\'s "Certificate (Base64)" download.',
    );
  }
  if (key) {
    try {
      return { der: key[1] ? spkiFromPkcs1(der) : der, as: 'public-key' };
    } catch (err) {
      throw new CertificateError(
        `The data is not a readable public key (${err instanceof Asn1Error ? err.message : 'unreadable structure'}).`,
      );
    }
  }
  return { der, as: pem ? 'certificate' : 'either' };
}

async function fingerprints(der: Uint8Array): Promise<{ sha1: string; sha256: string }> {
  const buf = toBufferSource(der);
  const [sha1, sha256] = await Promise.all([crypto.subtle.digest('SHA-1', buf), crypto.subtle.digest('SHA-256', buf)]);
  return { sha1: bytesToUpperHex(new Uint8Array(sha1)), sha256: bytesToUpperHex(new Uint8Array(sha256)) };
}

async function loadX509(der: Uint8Array, x509: ParsedX509): Promise<LoadedCertificate> {
  const info: CertInfo = {
    subject: x509.subject,
    issuer: x509.issuer,
    serialNumber: x509.serialNumber,
    notBefore: x509.notBefore,
    notAfter: x509.notAfter,
    ...(await fingerprints(der)),
    der: bytesToBase64(der),
  };
  return { info, key: { spki: x509.spki, keyAlgorithm: x509.keyAlgorithm }, der };
}

/** A bare public key: fingerprints of its SubjectPublicKeyInfo, and no name or validity to show. */
async function loadKey(spki: Uint8Array, key: ParsedPublicKey): Promise<LoadedCertificate> {
  const info: CertInfo = {
    subject: 'A public key (no certificate)',
    issuer: '',
    serialNumber: '',
    notBefore: '',
    notAfter: '',
    ...(await fingerprints(spki)),
    der: bytesToBase64(spki),
    publicKeyOnly: true,
  };
  return { info, key, der: spki };
}

async function loadDer({ der, as }: Given): Promise<LoadedCertificate> {
  let certError: string;
  if (as !== 'public-key') {
    try {
      return await loadX509(der, parseX509(der));
    } catch (err) {
      certError = err instanceof Asn1Error ? err.message : 'unreadable structure';
      if (as === 'certificate') throw new CertificateError(`The data is base64 but not an X.509 certificate (${certError}).`);
    }
  } else {
    certError = '';
  }
  try {
    return await loadKey(der, parseSpki(der));
  } catch (err) {
    if (as === 'public-key')
      throw new CertificateError(
        `The data is not a readable public key (${err instanceof Asn1Error ? err.message : 'unreadable structure'}).`,
      );
    throw new CertificateError(`The data is base64 but not an X.509 certificate (${certError}).`);
  }
}

/** Loads one certificate (with its parsed key info), cached by DER. Rejects with CertificateError. */
export function loadCertificateDetailed(input: string): Promise<LoadedCertificate> {
  let given: Given;
  try {
    given = derFromText(input);
  } catch (err) {
    return Promise.reject(err);
  }
  const key = `${given.as}:${bytesToBase64(given.der)}`;
  const cached = loadedCache.get(key);
  if (cached) return cached;
  const pending = loadDer(given);
  pending.catch(() => loadedCache.delete(key));
  return remember(loadedCache, key, pending);
}

/** The text to keep for a loaded certificate (base64 DER), or for a bare public key (its PEM, so it is read back as a key). */
export function storableCertText(info: CertInfo): string {
  if (!info.publicKeyOnly) return info.der;
  const lines = info.der.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----`;
}

/** PEM (a certificate or a public key) or bare base64 DER (whitespace allowed) to CertInfo. Rejects with CertificateError. */
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
    if (!sources.length) sources = [trimmed]; // one public key, or bare base64
  }
  const infos = await Promise.all(sources.map((s) => loadCertificate(s)));
  const seen = new Set<string>();
  return infos.filter((c) => (seen.has(c.sha256) ? false : (seen.add(c.sha256), true)));
}

export type RsaHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const keyCache = new Map<string, Promise<CryptoKey>>();

/** RSASSA-PKCS1-v1_5 public key for crypto.subtle.verify, from a loaded certificate or public key. Cached per key and hash. */
export function importRsaPublicKey(loaded: LoadedCertificate, hash: RsaHash): Promise<CryptoKey> {
  const { spki, keyAlgorithm } = loaded.key;
  if (keyAlgorithm !== OID_RSA_ENCRYPTION) {
    return Promise.reject(new CertificateError(`The key is not RSA (algorithm ${keyAlgorithm}).`));
  }
  const cacheKey = `${hash}:${bytesToBase64(spki)}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const pending = crypto.subtle.importKey('spki', toBufferSource(spki), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
  pending.catch(() => keyCache.delete(cacheKey));
  return remember(keyCache, cacheKey, pending);
}
