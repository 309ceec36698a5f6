import { X509Certificate } from 'node:crypto';
import { selfSigned } from '@/tests/corpus/server/tls';
import type { SeedChoice } from '@/tests/corpus/variant';
import { SEEDED, TENANT } from '@/tests/corpus/values';
import {
  emptySession,
  type CarriedValue,
  type CertificateRecord,
  type ScimToken,
  type SetupSession,
  type ValueKey,
} from '@/utils/setup/session';

/**
 * The setup session the runner puts into storage.local before each variant,
 * built with the product's own `emptySession` and types: every value the
 * fills need, as if read earlier from JustCall's pages and Entra's metadata,
 * less the values the variant's page is there to be read from.
 */

export interface SigningCertificate {
  /** Base64 DER, the body of the PEM that JustCall's certificate field should end up holding. */
  der: string;
  record: (at: string) => CertificateRecord;
}

const hex = (fingerprint: string): string => fingerprint.replace(/:/g, '').toUpperCase();

export async function makeSigningCertificate(): Promise<SigningCertificate> {
  const { certPem } = await selfSigned('CN=Microsoft Azure Federated SSO Certificate', 3, false);
  const cert = new X509Certificate(certPem);
  const der = cert.raw.toString('base64');
  return {
    der,
    record: (at) => ({
      der,
      sha1: hex(cert.fingerprint),
      sha256: hex(cert.fingerprint256),
      notBefore: new Date(cert.validFrom).toISOString(),
      notAfter: new Date(cert.validTo).toISOString(),
      subject: 'CN=Microsoft Azure Federated SSO Certificate',
      source: { kind: 'metadata', url: SEEDED.metadataUrl, at },
    }),
  };
}

export interface Seed {
  session: SetupSession;
  token: ScimToken | null;
}

export function makeSeed(choice: SeedChoice, cert: SigningCertificate, now: Date): Seed {
  const at = now.toISOString();
  const session = emptySession(now);
  const fromJustCall = (url: string, feature: string) => ({ kind: 'page', portal: 'justcall', url, feature, at }) as const;
  const sso = fromJustCall('https://app.justcall.io/app/settings/security/sso', 'justcall/sso');
  const metadata = { kind: 'metadata', url: SEEDED.metadataUrl, at } as const;
  const all: Partial<Record<ValueKey, CarriedValue>> = {
    entityId: { value: SEEDED.entityId, source: sso },
    acsUrl: { value: SEEDED.acsUrl, source: sso },
    loginUrl: { value: SEEDED.loginUrl, source: metadata },
    entraIdentifier: { value: SEEDED.entraIdentifier, source: metadata },
    metadataUrl: { value: SEEDED.metadataUrl, source: metadata },
    tenantId: { value: TENANT, source: metadata },
    scimTenantUrl: {
      value: SEEDED.scimTenantUrl,
      source: fromJustCall('https://app.justcall.io/app/settings/security/provisioning', 'justcall/provisioning'),
    },
  };
  const withMetadata = choice.metadata !== false;
  const omit = new Set<ValueKey>(choice.omit ?? []);
  if (!withMetadata) for (const key of ['loginUrl', 'entraIdentifier', 'metadataUrl', 'tenantId'] as const) omit.add(key);
  session.values = Object.fromEntries(Object.entries(all).filter(([key]) => !omit.has(key as ValueKey)));
  if (withMetadata) {
    session.certificate = cert.record(at);
    session.metadata = {
      url: SEEDED.metadataUrl,
      at,
      ok: true,
      loginUrl: SEEDED.loginUrl,
      identifier: SEEDED.entraIdentifier,
      thumbprints: [session.certificate.sha1],
    };
  }
  // The admin read the side panel's lockout warning before opening JustCall's SSO form.
  session.lockoutAcknowledged = true;
  const token =
    choice.token === false
      ? null
      : { value: SEEDED.secretToken, readAt: at, url: 'https://app.justcall.io/app/settings/security/provisioning' };
  return { session, token };
}
