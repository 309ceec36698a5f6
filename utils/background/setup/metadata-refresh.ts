import type { CertInfo } from '@/utils/saml/types';
import type { CloudId } from '@/utils/hosts';
import { checkMetadataUrl, fetchMetadata, pickSigningCert, type FetchLike, type MetadataResult } from '@/utils/setup/metadata';
import type { CertificateRecord, SetupSession, ValueSource } from '@/utils/setup/session';
import type { SessionStore } from '@/utils/setup/session-store';
import { tenantIdFrom } from '@/utils/setup/validators';
import { acceptable } from '@/utils/setup/value-keys';
import { firstText } from './observations';

/**
 * The federation metadata: fetched when the SAML page shows a metadata URL the
 * session has not fetched, or a certificate the last fetch did not carry (a
 * rotation); its Login URL, Identifier and active certificate outrank the blade.
 */

export type Result = { ok: true } | { ok: false; error: string };

export function certRecord(info: CertInfo, source: ValueSource): CertificateRecord {
  return {
    der: info.der,
    sha1: info.sha1,
    sha256: info.sha256,
    notBefore: info.notBefore,
    notAfter: info.notAfter,
    subject: info.subject.slice(0, 512),
    source,
  };
}

/** The thumbprint the SAML Certificates section shows as active, if it was seen. */
export function bladeThumbprint(s: SetupSession): string | null {
  return firstText(s.observations['entra/certificates']?.values.thumbprint);
}

export function applyMetadata(s: SetupSession, url: string, at: string, result: MetadataResult): void {
  if (!result.ok) {
    s.metadata = { url, at, ok: false, error: result.error, thumbprints: [] };
    return;
  }
  s.metadata = {
    url,
    at,
    ok: true,
    ...(result.loginUrl ? { loginUrl: result.loginUrl } : {}),
    ...(result.identifier ? { identifier: result.identifier } : {}),
    thumbprints: result.certificates.map((c) => c.sha1),
  };
  const source: ValueSource = { kind: 'metadata', url, at };
  if (result.loginUrl && acceptable('loginUrl', result.loginUrl)) s.values.loginUrl = { value: result.loginUrl, source };
  if (result.identifier && acceptable('entraIdentifier', result.identifier))
    s.values.entraIdentifier = { value: result.identifier, source };
  const tenant = result.loginUrl ? tenantIdFrom(result.loginUrl) : null;
  if (tenant) s.values.tenantId = { value: tenant, source };
  const cert = pickSigningCert(result.certificates, bladeThumbprint(s));
  if (cert) s.certificate = certRecord(cert, source);
}

/** Fetch again when the metadata URL is new, or the blade shows a certificate the last fetch did not carry. */
export function metadataIsStale(s: SetupSession): boolean {
  const url = s.values.metadataUrl?.value;
  if (!url) return false;
  if (!s.metadata || s.metadata.url !== url) return true;
  const blade = bladeThumbprint(s);
  return !!blade && s.certificate?.sha1.replace(/\W/g, '').toUpperCase() !== blade.replace(/\W/g, '').toUpperCase();
}

/**
 * The metadata must be this app's: its appid the one the admin center's top
 * frame shows, its tenant the one the session knows (when it knows one), so a
 * page cannot make the assistant fetch, and trust, another tenant's identity
 * provider. Null when it may be fetched, else why not.
 */
export function metadataRefusal(s: SetupSession, url: string, cloud: CloudId = 'public'): string | null {
  const checked = checkMetadataUrl(url, cloud);
  if (!checked.ok) return checked.error;
  const appId = s.values.appId?.value;
  if (!appId) return 'The app has not been seen in the admin center yet: open it there first.';
  if (checked.appId?.toLowerCase() !== appId.toLowerCase())
    return 'The metadata URL names another app than the one open in the admin center; it is not fetched.';
  const tenant = s.values.tenantId?.value;
  if (tenant && checked.tenant.toLowerCase() !== tenant.toLowerCase())
    return 'The metadata URL names another tenant than this one; it is not fetched.';
  return null;
}

/** The metadata's issuer names the tenant its URL does, or it is someone else's. */
export function tenantMismatch(url: string, result: MetadataResult, cloud: CloudId): string | null {
  const checked = checkMetadataUrl(url, cloud);
  if (!result.ok || !checked.ok || !result.identifier) return null;
  const issuerTenant = tenantIdFrom(result.identifier);
  return issuerTenant && issuerTenant !== checked.tenant.toLowerCase()
    ? 'The metadata describes another tenant than its URL names; it is not used.'
    : null;
}

export async function refreshMetadata(
  store: SessionStore,
  fetchImpl: FetchLike,
  now: () => Date,
  cloud: CloudId = 'public',
): Promise<Result> {
  const session = await store.read();
  const url = session.values.metadataUrl?.value;
  if (!url) return { ok: false, error: "The App Federation Metadata Url has not been read yet: open the app's SAML page." };
  // Not yet: fetched once the app's ids arrive from the admin center's top frame.
  if (!session.values.appId) return { ok: false, error: 'The app has not been seen in the admin center yet: open it there first.' };
  const refused = metadataRefusal(session, url, cloud);
  if (refused) {
    await store.update((s) => applyMetadata(s, url, now().toISOString(), { ok: false, error: refused }));
    return { ok: false, error: refused };
  }
  const fetched = await fetchMetadata(url, fetchImpl, undefined, cloud);
  const mismatch = tenantMismatch(url, fetched, cloud);
  const result: MetadataResult = mismatch ? { ok: false, error: mismatch } : fetched;
  const at = now().toISOString();
  await store.update((s) => applyMetadata(s, url, at, result));
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
