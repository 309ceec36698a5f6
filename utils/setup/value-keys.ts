import { z } from 'zod/mini';
import type { StepId } from './steps';
import { JUSTCALL_DEFAULTS } from './profile';
import type { SetupSession, ValueSource } from './session';
import { AcsUrl, EntityId, Guid, IssuerUrl, LoginUrl, ScimTenantUrl, SignOnUrl, TenantId } from './validators';

/**
 * The one table of the values the setup carries between the portals: what
 * each is called, the step it belongs to, how it is checked, the documented
 * value used when no page shows one (and what the wizard says about that),
 * and where the admin finds it. Adding a carried value is one row here.
 */

type Validator = { safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { message: string }[] } } };

export interface ValueKeyInfo {
  label: string;
  step: StepId;
  /** Absent: any non-empty text will do. */
  validator?: Validator;
  /** The documented value, used (and said to be used) when no page showed one. */
  fallback?: { value: string; note: string };
  /** Where the admin finds it, for "not ready yet" messages. */
  whereToGet?: string;
  /** Shown as a row in the wizard. */
  shown: boolean;
  /**
   * Where a URL value is expected to live: read from a page, a value on any
   * other host is shown loudly and used only after the admin agrees.
   */
  expectedHost?: { domain: string; owner: string };
  /** Read only from the admin center's top frame (the app's ids, from its URL). */
  topFrameOnly?: true;
}

const ON_JUSTCALL = { domain: 'justcall.io', owner: 'JustCall' } as const;

const ON_ENTRA_SAML_PAGE = "open the app's SAML page in Entra";

export const VALUE_KEYS = {
  entityId: {
    label: 'Entity ID (Identifier)',
    step: 'justcall-sso',
    validator: EntityId,
    fallback: { value: JUSTCALL_DEFAULTS.entityId, note: "JustCall's documented default" },
    whereToGet: 'open JustCall Settings → Security → Single Sign-On',
    shown: true,
    expectedHost: ON_JUSTCALL,
  },
  acsUrl: {
    label: 'ACS URL (Reply URL)',
    step: 'justcall-sso',
    validator: AcsUrl,
    fallback: { value: JUSTCALL_DEFAULTS.acsUrl, note: "JustCall's documented default" },
    whereToGet: 'open JustCall Settings → Security → Single Sign-On',
    shown: true,
    expectedHost: ON_JUSTCALL,
  },
  signOnUrl: {
    label: 'Sign on URL',
    step: 'basic-saml',
    validator: SignOnUrl,
    fallback: { value: JUSTCALL_DEFAULTS.signOnUrl, note: 'The sign-on URL the setup guide gives' },
    shown: true,
  },
  appName: {
    label: 'Application name',
    step: 'create-app',
    fallback: { value: JUSTCALL_DEFAULTS.appName, note: 'The name the setup guide gives' },
    shown: true,
  },
  appId: { label: 'Application (client) ID', step: 'create-app', validator: Guid('The application id'), shown: false, topFrameOnly: true },
  objectId: { label: 'Object ID', step: 'create-app', validator: Guid('The object id'), shown: false, topFrameOnly: true },
  loginUrl: { label: 'Login URL (SSO URL)', step: 'certificate', validator: LoginUrl, whereToGet: ON_ENTRA_SAML_PAGE, shown: true },
  entraIdentifier: {
    label: 'Microsoft Entra Identifier (Issuer)',
    step: 'certificate',
    validator: IssuerUrl,
    whereToGet: ON_ENTRA_SAML_PAGE,
    shown: true,
  },
  metadataUrl: { label: 'App Federation Metadata Url', step: 'certificate', whereToGet: ON_ENTRA_SAML_PAGE, shown: true },
  logoutUrl: { label: 'Logout URL', step: 'certificate', shown: false },
  tenantId: { label: 'Tenant ID', step: 'certificate', validator: TenantId, shown: false },
  scimTenantUrl: {
    label: 'Tenant URL (SCIM)',
    step: 'scim',
    validator: ScimTenantUrl,
    whereToGet: 'open JustCall Settings → Security → Provisioning',
    shown: true,
    expectedHost: ON_JUSTCALL,
  },
} as const satisfies Record<string, ValueKeyInfo>;

type Key = keyof typeof VALUE_KEYS;
export const VALUE_KEY_NAMES = Object.keys(VALUE_KEYS) as [Key, ...Key[]];
export const ValueKey = z.enum(VALUE_KEY_NAMES);
export type ValueKey = z.infer<typeof ValueKey>;

export function valueInfo(key: ValueKey): ValueKeyInfo {
  return VALUE_KEYS[key];
}

/** Why a value is not usable for `key`, or null when it is. */
export function valueProblem(key: ValueKey, value: string): string | null {
  if (value.trim() === '') return 'The value is empty.';
  const check = valueInfo(key).validator?.safeParse(value);
  if (!check || check.success) return null;
  return check.error.issues[0]?.message ?? 'Not a valid value.';
}

export function acceptable(key: ValueKey, value: string): boolean {
  return valueProblem(key, value) === null;
}

/** A value carried from a page (or metadata, or a file), else its documented fallback. */
export function expectedValue(session: SetupSession, key: ValueKey): string | null {
  return session.values[key]?.value || (valueInfo(key).fallback?.value ?? null);
}

/** Where `expectedValue` comes from, in the session's terms. */
export function expectedSource(session: SetupSession, key: ValueKey): ValueSource | null {
  const carried = session.values[key];
  if (carried) return carried.source;
  const fallback = valueInfo(key).fallback;
  return fallback ? { kind: 'default', note: fallback.note } : null;
}

/**
 * For a value whose key expects a host: the host it is on when that is not the
 * expected one, else null. A value that is not a URL (Entity ID "JustCall")
 * names no host and passes.
 */
export function unexpectedHost(key: ValueKey, value: string): string | null {
  const expected = valueInfo(key).expectedHost;
  if (!expected) return null;
  let host: string;
  try {
    host = new URL(value).hostname.toLowerCase();
  } catch {
    return null;
  }
  return host === expected.domain || host.endsWith(`.${expected.domain}`) ? null : host;
}

/** "Login URL (SSO URL): open the app's SAML page in Entra", for a value the setup still lacks. */
export function missingText(key: ValueKey): string {
  const info = valueInfo(key);
  return info.whereToGet ? `${info.label}: ${info.whereToGet}` : info.label;
}
