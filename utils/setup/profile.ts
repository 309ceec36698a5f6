import { z } from 'zod';

/**
 * The JustCall profile: what the connection should look like, with the
 * documented defaults (DESIGN decision 4, data in ./profile-constants) and a
 * validator per value. The validators are for the background and the side
 * panel; content scripts import ./profile-constants only.
 */

export {
  JUSTCALL_DEFAULTS,
  REQUIRED_CLAIMS,
  ENTRA_DEFAULT_CLAIM_NAMESPACE,
  PROVISIONING_MAPPINGS,
  type RequiredClaim,
} from './profile-constants';

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
  z
    .string()
    .trim()
    .refine(isHttpsUrl, { message: `${what} must be an https:// URL.` });

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
