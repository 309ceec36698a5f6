// @peculiar/x509 uses tsyringe, which needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import { webcrypto, randomBytes, randomUUID, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { SigningCert } from './state';

/**
 * Certificates for the world. Generating RSA keys is slow (and the machine is
 * shared), so a small pool of key pairs is made once at world start; every
 * certificate after that is a fresh self-signed certificate over a pooled key,
 * which takes milliseconds. Certificates issued one after another use
 * different keys (round robin), so a "rotated" certificate really has a new key.
 */

const RSA_SHA256: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

export const SIGNING_CERT_SUBJECT = 'CN=Microsoft Azure Federated SSO Certificate';

interface PooledKey {
  keys: CryptoKeyPair;
  keyPem: string;
}

export interface IssueCertOptions {
  /** Start of validity; defaults to the world's now. */
  notBefore?: Date;
  /** Validity in years (Entra's default is 3). */
  validYears?: number;
  /** End of validity, when a scenario wants a certificate that expires on a given day (wins over validYears). */
  notAfter?: Date;
  status?: SigningCert['status'];
  subject?: string;
}

export interface CertPool {
  /** Number of distinct keys in the pool. */
  readonly size: number;
  issueSigningCert(opts?: IssueCertOptions): Promise<SigningCert>;
  /** A TLS server certificate (with SANs) for the given host names. */
  issueTlsCert(hostNames: string[]): Promise<{ certPem: string; keyPem: string }>;
}

function toPem(der: ArrayBuffer, label: string): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

async function generateKey(): Promise<PooledKey> {
  const keys = await webcrypto.subtle.generateKey(RSA_SHA256, true, ['sign', 'verify']);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { keys, keyPem: toPem(pkcs8, 'PRIVATE KEY') };
}

function addYears(d: Date, years: number): Date {
  const out = new Date(d.getTime());
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
}

/** SHA-1 thumbprint in upper hex, as the Entra portal shows it. */
export function thumbprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint.replace(/:/g, '').toUpperCase();
}

export async function createCertPool(size = 3, now: () => Date = () => new Date()): Promise<CertPool> {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const pool = await Promise.all(Array.from({ length: Math.max(1, size) }, () => generateKey()));
  let next = 0;
  const take = (): PooledKey => {
    const key = pool[next % pool.length];
    next += 1;
    if (!key) throw new Error('certificate key pool is empty');
    return key;
  };

  return {
    size: pool.length,
    async issueSigningCert(opts: IssueCertOptions = {}): Promise<SigningCert> {
      const key = take();
      const notBefore = opts.notBefore ?? now();
      const notAfter = opts.notAfter ?? addYears(notBefore, opts.validYears ?? 3);
      const cert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: randomBytes(16)
          .toString('hex')
          .replace(/^[89a-f]/, '1'),
        name: opts.subject ?? SIGNING_CERT_SUBJECT,
        notBefore,
        notAfter,
        signingAlgorithm: RSA_SHA256,
        keys: key.keys,
      });
      const certPem = cert.toString('pem') + '\n';
      return {
        id: randomUUID(),
        certPem,
        keyPem: key.keyPem,
        thumbprint: thumbprintOf(certPem),
        notBefore: notBefore.toISOString(),
        notAfter: notAfter.toISOString(),
        status: opts.status ?? 'Active',
      };
    },
    async issueTlsCert(hostNames: string[]) {
      const key = take();
      const notBefore = new Date(Date.now() - 24 * 3600_000);
      const cert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: randomBytes(16)
          .toString('hex')
          .replace(/^[89a-f]/, '1'),
        name: 'CN=Simulated World',
        notBefore,
        notAfter: addYears(notBefore, 1),
        signingAlgorithm: RSA_SHA256,
        keys: key.keys,
        extensions: [
          new x509.SubjectAlternativeNameExtension([
            ...hostNames.map((value) => ({ type: 'dns' as const, value })),
            { type: 'dns', value: 'localhost' },
            { type: 'ip', value: '127.0.0.1' },
          ]),
          new x509.BasicConstraintsExtension(false),
          new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        ],
      });
      return { certPem: cert.toString('pem') + '\n', keyPem: key.keyPem };
    },
  };
}

/** Body of a PEM certificate as one Base64 line (what Entra's metadata carries). */
export function pemBody(certPem: string): string {
  return certPem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

/** Normalise any PEM/Base64 certificate text to a PEM, or null if it is not a certificate. */
export function normaliseCertPem(text: string): string | null {
  const body = pemBody(text);
  if (!/^[A-Za-z0-9+/=]+$/.test(body)) return null;
  const pem = `-----BEGIN CERTIFICATE-----\n${(body.match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;
  try {
    new X509Certificate(pem);
    return pem;
  } catch {
    return null;
  }
}
