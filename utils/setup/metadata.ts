import type { CertInfo } from '@/utils/saml/types';
import { loadCertificate } from '@/utils/saml/cert';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { entityDescriptorModel, pickEntityDescriptor } from '@/utils/saml/model/metadata';
import { CLOUDS, LOGIN_HOST, type CloudId } from '@/utils/hosts';
import { GUID_PATTERN as GUID } from './validators';
import { sameThumbprint } from './wizard/compare';

/**
 * Federation metadata, fetched by the background (docs/ARCHITECTURE.md,
 * decision 5). It is the only network request
 * the assistant makes on its own, so the URL is pinned to Entra's sign-in host
 * (the public cloud's, or that of the sovereign cloud the admin chose) and the
 * metadata path; anything else a page might report is refused.
 */

export const METADATA_HOST = LOGIN_HOST;

/** The sign-in hosts metadata may come from while the admin works in this cloud. */
export function metadataHosts(cloud: CloudId): string[] {
  return [...new Set([METADATA_HOST, CLOUDS[cloud].loginHost])];
}
const MAX_BYTES = 1_000_000;
const TIMEOUT_MS = 10_000;
const TENANT = /^[0-9a-z.-]{1,253}$/i;

export type UrlCheck = { ok: true; url: string; tenant: string; appId: string | null } | { ok: false; error: string };

export function checkMetadataUrl(raw: string, cloud: CloudId = 'public'): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: 'The App Federation Metadata Url is not a URL.' };
  }
  const hosts = metadataHosts(cloud);
  if (url.protocol !== 'https:' || !hosts.includes(url.hostname) || url.port !== '' || url.username || url.password) {
    return { ok: false, error: `The metadata URL must be on https://${hosts.join('/ or https://')}/; this one is not fetched.` };
  }
  const parts = url.pathname.split('/');
  // ['', tenant, 'federationmetadata', '2007-06', 'federationmetadata.xml']
  if (
    parts.length !== 5 ||
    !TENANT.test(parts[1] ?? '') ||
    parts.slice(2).join('/').toLowerCase() !== 'federationmetadata/2007-06/federationmetadata.xml'
  ) {
    return {
      ok: false,
      error: 'The URL is not an Entra federation metadata address (…/{tenant}/federationmetadata/2007-06/federationmetadata.xml).',
    };
  }
  const appId = url.searchParams.get('appid');
  if (appId !== null && !GUID.test(appId)) return { ok: false, error: "The metadata URL's appid is not a GUID." };
  const tenant = parts[1];
  if (!tenant) return { ok: false, error: 'The metadata URL names no tenant.' };
  return { ok: true, url: url.toString(), tenant, appId };
}

export interface MetadataFacts {
  identifier: string | null;
  loginUrl: string | null;
  certificates: CertInfo[];
}

export type MetadataResult = ({ ok: true } & MetadataFacts) | { ok: false; error: string };

/** Parse metadata XML into the three facts JustCall needs. */
export async function metadataFacts(xml: string): Promise<MetadataResult> {
  const { doc, findings } = parseXmlSafely(xml);
  const root = doc?.documentElement;
  const ed = root ? pickEntityDescriptor(root) : undefined;
  if (!ed) {
    const why = findings.find((f) => f.severity === 'error')?.detail;
    return { ok: false, error: `The response is not federation metadata${why ? ` (${why})` : ''}.` };
  }
  const model = entityDescriptorModel(ed);
  const redirect = model.ssoServices.find((s) => s.binding.endsWith(':HTTP-Redirect')) ?? model.ssoServices[0];
  const certificates: CertInfo[] = [];
  for (const b64 of model.signingCertificates.slice(0, 10)) {
    try {
      certificates.push(await loadCertificate(b64));
    } catch {
      // An unreadable certificate is skipped; the rest may still be usable.
    }
  }
  if (certificates.length === 0) return { ok: false, error: 'The metadata carries no readable signing certificate.' };
  return { ok: true, identifier: model.entityId ?? null, loginUrl: redirect?.location ?? null, certificates };
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export async function fetchMetadata(
  rawUrl: string,
  fetchImpl: FetchLike = fetch,
  timeoutMs = TIMEOUT_MS,
  cloud: CloudId = 'public',
): Promise<MetadataResult> {
  const checked = checkMetadataUrl(rawUrl, cloud);
  if (!checked.ok) return checked;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchImpl(checked.url, { credentials: 'omit', redirect: 'error', signal: controller.signal, cache: 'no-store' });
    if (!res.ok) return { ok: false, error: `${new URL(checked.url).hostname} answered ${res.status} for the metadata.` };
    const body = await res.text();
    if (body.length > MAX_BYTES) return { ok: false, error: "The metadata is too large to be Entra's." };
    return await metadataFacts(body);
  } catch (err) {
    const aborted = err instanceof Error && err.name === 'AbortError';
    return {
      ok: false,
      error: aborted
        ? 'The metadata request timed out.'
        : `The metadata could not be fetched (${err instanceof Error ? err.message : 'network error'}).`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The certificate JustCall should trust: the one the blade calls active, else the first. */
export function pickSigningCert(certs: readonly CertInfo[], bladeThumbprint: string | null): CertInfo | null {
  if (bladeThumbprint) {
    const match = certs.find((c) => sameThumbprint(c.sha1, bladeThumbprint));
    if (match) return match;
  }
  return certs[0] ?? null;
}

export { derToPem } from './pem';
