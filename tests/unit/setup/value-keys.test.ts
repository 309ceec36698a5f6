import { describe, expect, test } from 'vitest';
import { JUSTCALL_DEFAULTS } from '@/utils/setup/profile';
import {
  AcsUrl,
  CertificatePem,
  EntityId,
  IssuerUrl,
  LoginUrl,
  ScimTenantUrl,
  SecretToken,
  TenantId,
  tenantIdFrom,
} from '@/utils/setup/validators';
import { acceptable, expectedSource, expectedValue, VALUE_KEY_NAMES, valueInfo, valueProblem } from '@/utils/setup/value-keys';
import { session, pageSource } from './helpers';

const T = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: string): boolean => schema.safeParse(v).success;

describe('profile validators', () => {
  test('documented defaults are valid', () => {
    expect(ok(EntityId, JUSTCALL_DEFAULTS.entityId)).toBe(true);
    expect(ok(AcsUrl, JUSTCALL_DEFAULTS.acsUrl)).toBe(true);
    expect(JUSTCALL_DEFAULTS.signOnUrl).toBe('https://app.justcall.io/login');
  });
  test('Entity ID must not be empty; ACS must be https', () => {
    expect(ok(EntityId, '  ')).toBe(false);
    expect(ok(AcsUrl, 'http://bifrost.justcall.io/passport/login/callback')).toBe(false);
    expect(ok(AcsUrl, 'not a url')).toBe(false);
  });
  test('Login URL shape with a GUID tenant', () => {
    expect(ok(LoginUrl, `https://login.microsoftonline.com/${T}/saml2`)).toBe(true);
    expect(ok(LoginUrl, `https://login.microsoftonline.com/${T}/saml2/`)).toBe(false);
    expect(ok(LoginUrl, 'https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2')).toBe(false);
    expect(ok(LoginUrl, `https://login.microsoftonline.com/${'g'.repeat(8)}-86f1-41af-91ab-2d7cd011db47/saml2`)).toBe(false);
  });
  test('Issuer needs the trailing slash', () => {
    expect(ok(IssuerUrl, `https://sts.windows.net/${T}/`)).toBe(true);
    const missing = IssuerUrl.safeParse(`https://sts.windows.net/${T}`);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toMatch(/trailing slash/);
  });
  test('tenant id, certificate PEM, SCIM values', () => {
    expect(ok(TenantId, T)).toBe(true);
    expect(ok(TenantId, 'contoso')).toBe(false);
    expect(tenantIdFrom(`https://sts.windows.net/${T.toUpperCase()}/`)).toBe(T);
    expect(tenantIdFrom('https://example.test/')).toBeNull();
    expect(ok(CertificatePem, '-----BEGIN CERTIFICATE-----\nMIIC8DCCAdig+/==\n-----END CERTIFICATE-----')).toBe(true);
    expect(ok(CertificatePem, 'MIIC8DCCAdig')).toBe(false);
    expect(ok(CertificatePem, '-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----')).toBe(false);
    expect(ok(ScimTenantUrl, 'https://scim.justcall.io/v2')).toBe(true);
    expect(ok(ScimTenantUrl, 'ftp://scim.justcall.io')).toBe(false);
    expect(ok(SecretToken, '')).toBe(false);
  });
});

describe('the value table', () => {
  test('a page value that validates keeps its page as source', () => {
    const s = session((x) => {
      x.values.acsUrl = { value: 'https://bifrost.justcall.io/passport/login/callback', source: pageSource('justcall/sso', 'justcall') };
    });
    expect(expectedValue(s, 'acsUrl')).toBe('https://bifrost.justcall.io/passport/login/callback');
    expect(expectedSource(s, 'acsUrl')).toMatchObject({ kind: 'page', portal: 'justcall' });
  });

  test('without a page value, the documented default is used, saying so', () => {
    expect(expectedValue(session(), 'entityId')).toBe(JUSTCALL_DEFAULTS.entityId);
    expect(expectedSource(session(), 'acsUrl')).toEqual({ kind: 'default', note: "JustCall's documented default" });
    expect(expectedSource(session(), 'signOnUrl')).toEqual({ kind: 'default', note: 'The sign-on URL the setup guide gives' });
    // Entra's own values have no default: they must be read.
    expect(expectedValue(session(), 'loginUrl')).toBeNull();
    expect(expectedSource(session(), 'loginUrl')).toBeNull();
  });

  test('an invalid value carries its problem, and is not acceptable', () => {
    expect(valueProblem('entraIdentifier', `https://sts.windows.net/${T}`)).toMatch(/trailing slash/);
    expect(acceptable('acsUrl', 'http://insecure.test')).toBe(false);
    expect(acceptable('appId', 'not-a-guid')).toBe(false);
    expect(valueProblem('appName', '  ')).toBe('The value is empty.');
  });

  test('every documented default passes its own validator', () => {
    for (const key of VALUE_KEY_NAMES) {
      const fallback = valueInfo(key).fallback;
      if (fallback) expect(valueProblem(key, fallback.value), key).toBeNull();
    }
  });
});
