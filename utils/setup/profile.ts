import { z } from 'zod';

/**
 * The JustCall profile: what the connection should look like, with the
 * documented defaults (DESIGN decision 4) and a validator per value.
 * Sources: JustCall's Entra article (Entity ID, Reply URL) and the guide in
 * shared/seed (sign-on URL, claims, provisioning mappings).
 */

export const JUSTCALL_DEFAULTS = {
  entityId: 'JustCall',
  acsUrl: 'https://bifrost.justcall.io/passport/login/callback',
  signOnUrl: 'https://app.justcall.io/login',
  appName: 'JustCall',
} as const;

export interface RequiredClaim {
  /** Claim name JustCall reads, sent with an empty Namespace. */
  name: string;
  sourceAttribute: string;
}

export const REQUIRED_CLAIMS: readonly RequiredClaim[] = [
  { name: 'email', sourceAttribute: 'user.mail' },
  { name: 'firstName', sourceAttribute: 'user.givenname' },
  { name: 'lastName', sourceAttribute: 'user.surname' },
];

/** The namespace Entra puts its default claims under. */
export const ENTRA_DEFAULT_CLAIM_NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/** SCIM attribute → JustCall field, as the guide lists it for the Mappings step (a reminder, not filled). */
export const PROVISIONING_MAPPINGS: readonly { scim: string; justcall: string }[] = [
  { scim: 'userName', justcall: 'email' },
  { scim: 'givenName', justcall: 'firstName' },
  { scim: 'familyName', justcall: 'lastName' },
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

const httpsUrl = (what: string) =>
  z.string().trim().refine(isHttpsUrl, { message: `${what} must be an https:// URL.` });

export const TenantId = z.string().trim().regex(GUID, { message: 'The tenant id must be a GUID (8-4-4-4-12 hex digits).' });

export const EntityId = z.string().trim().min(1, { message: 'The Entity ID must not be empty.' });
export const AcsUrl = httpsUrl('The ACS (Reply) URL');
export const SignOnUrl = httpsUrl('The sign-on URL');

export const LoginUrl = z
  .string()
  .trim()
  .regex(/^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]{36}\/saml2$/i, {
    message: 'The Login URL must look like https://login.microsoftonline.com/{tenant-id}/saml2.',
  })
  .refine((v) => GUID.test(v.split('/')[3] ?? ''), { message: 'The Login URL does not hold a valid tenant id.' });

export const IssuerUrl = z
  .string()
  .trim()
  .regex(/^https:\/\/sts\.windows\.net\/[0-9a-f-]{36}\/$/i, {
    message: 'The Microsoft Entra Identifier must look like https://sts.windows.net/{tenant-id}/ (with the trailing slash).',
  })
  .refine((v) => GUID.test(v.split('/')[3] ?? ''), { message: 'The Identifier does not hold a valid tenant id.' });

const PEM = /^-----BEGIN CERTIFICATE-----\r?\n(?:[A-Za-z0-9+/=]{1,76}\r?\n)+-----END CERTIFICATE-----\r?\n?$/;

export const CertificatePem = z
  .string()
  .trim()
  .refine((v) => PEM.test(`${v}\n`), {
    message: 'The certificate must be Base64 PEM text between BEGIN CERTIFICATE and END CERTIFICATE lines.',
  });

export const ScimTenantUrl = httpsUrl('The provisioning Tenant URL');
export const SecretToken = z.string().trim().min(1, { message: 'The Secret Token must not be empty.' });

/** The tenant id inside a Login URL or Issuer, or null. */
export function tenantIdFrom(url: string): string | null {
  const match = /^https:\/\/(?:login\.microsoftonline\.com|sts\.windows\.net)\/([0-9a-f-]{36})\//i.exec(url.trim());
  return match?.[1] && GUID.test(match[1]) ? match[1].toLowerCase() : null;
}

/** Every profile value's validator, by the name the setup session uses. */
export const PROFILE_VALIDATORS = {
  entityId: EntityId,
  acsUrl: AcsUrl,
  signOnUrl: SignOnUrl,
  loginUrl: LoginUrl,
  issuer: IssuerUrl,
  tenantId: TenantId,
  certificatePem: CertificatePem,
  scimTenantUrl: ScimTenantUrl,
  secretToken: SecretToken,
} as const;
export type ProfileValueName = keyof typeof PROFILE_VALIDATORS;
