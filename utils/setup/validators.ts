import { z } from 'zod/mini';
import { ALL_ISSUER_HOSTS, ALL_LOGIN_HOSTS, ISSUER_HOST, LOGIN_HOST } from '@/utils/hosts';

/**
 * Validators of the values the setup carries between the portals, each with a
 * message that says what is wrong in words. zod/mini, because the content
 * scripts' features use them too.
 */

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

const trimmed = () => z.string().check(z.trim());
const escapeDots = (host: string): string => host.replace(/\./g, '\\.');

const httpsUrl = (what: string) => trimmed().check(z.refine(isHttpsUrl, { error: `${what} must be an https:// URL.` }));

export const Guid = (what: string) => trimmed().check(z.refine(isGuid, { error: `${what} must be a GUID (8-4-4-4-12 hex digits).` }));

export const TenantId = Guid('The tenant id');
export const EntityId = trimmed().check(z.minLength(1, { error: 'The Entity ID must not be empty.' }));
export const AcsUrl = httpsUrl('The ACS (Reply) URL');
export const SignOnUrl = httpsUrl('The sign-on URL');

const anyOf = (hosts: readonly string[]): string => `(?:${hosts.map(escapeDots).join('|')})`;

// Any cloud's sign-in and issuer host: the page (or the metadata) of the admin's own cloud says which.
const LOGIN_URL = new RegExp(`^https://${anyOf(ALL_LOGIN_HOSTS)}/[0-9a-f-]{36}/saml2$`, 'i');
export const LoginUrl = trimmed().check(
  z.refine((v) => LOGIN_URL.test(v), { error: `The Login URL must look like https://${LOGIN_HOST}/{tenant-id}/saml2.` }),
  z.refine((v) => isGuid(v.split('/')[3] ?? ''), { error: 'The Login URL does not hold a valid tenant id.' }),
);

const ISSUER_URL = new RegExp(`^https://${anyOf(ALL_ISSUER_HOSTS)}/[0-9a-f-]{36}/$`, 'i');
export const IssuerUrl = trimmed().check(
  z.refine((v) => ISSUER_URL.test(v), {
    error: `The Microsoft Entra Identifier must look like https://${ISSUER_HOST}/{tenant-id}/ (with the trailing slash).`,
  }),
  z.refine((v) => isGuid(v.split('/')[3] ?? ''), { error: 'The Identifier does not hold a valid tenant id.' }),
);

const PEM = /^-----BEGIN CERTIFICATE-----\r?\n(?:[A-Za-z0-9+/=]{1,76}\r?\n)+-----END CERTIFICATE-----\r?\n?$/;
export const CertificatePem = trimmed().check(
  z.refine((v) => PEM.test(`${v}\n`), {
    error: 'The certificate must be Base64 PEM text between BEGIN CERTIFICATE and END CERTIFICATE lines.',
  }),
);

export const ScimTenantUrl = httpsUrl('The provisioning Tenant URL');
export const SecretToken = trimmed().check(z.minLength(1, { error: 'The Secret Token must not be empty.' }));

const TENANT_IN_URL = new RegExp(`^https://${anyOf([...ALL_LOGIN_HOSTS, ...ALL_ISSUER_HOSTS])}/([0-9a-f-]{36})/`, 'i');

/** The tenant id inside a Login URL or Issuer, or null. */
export function tenantIdFrom(url: string): string | null {
  const match = TENANT_IN_URL.exec(url.trim());
  return match?.[1] && isGuid(match[1]) ? match[1].toLowerCase() : null;
}
