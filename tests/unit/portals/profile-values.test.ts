import { describe, expect, test } from 'vitest';
import {
  AcsUrl,
  CertificatePem,
  EntityId,
  IssuerUrl,
  JUSTCALL_DEFAULTS,
  LoginUrl,
  ScimTenantUrl,
  SecretToken,
  TenantId,
  tenantIdFrom,
} from '@/utils/setup/profile';
import { pageValueOrDefault, SourcedValue, sourcedValue } from '@/utils/setup/values';

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

describe('sourced values', () => {
  const at = new Date('2025-01-02T03:04:05.000Z');
  test('a page value that validates keeps its page as source', () => {
    const v = pageValueOrDefault(
      ' https://bifrost.justcall.io/passport/login/callback ',
      JUSTCALL_DEFAULTS.acsUrl,
      AcsUrl,
      'justcall.sso',
      at,
    );
    expect(v).toEqual({
      value: 'https://bifrost.justcall.io/passport/login/callback',
      source: { kind: 'page', page: 'justcall.sso', at: '2025-01-02T03:04:05.000Z' },
      valid: true,
    });
    expect(SourcedValue.safeParse(v).success).toBe(true);
  });
  test('an empty or invalid page value falls back to the documented default, saying so', () => {
    expect(pageValueOrDefault(null, 'JustCall', EntityId, 'justcall.sso', at).source.kind).toBe('default');
    expect(pageValueOrDefault('http://insecure.test', JUSTCALL_DEFAULTS.acsUrl, AcsUrl, 'p', at)).toMatchObject({
      value: JUSTCALL_DEFAULTS.acsUrl,
      source: { kind: 'default' },
      valid: true,
    });
  });
  test('an invalid value carries its problem', () => {
    const v = sourcedValue(`https://sts.windows.net/${T}`, IssuerUrl, { kind: 'user', at });
    expect(v.valid).toBe(false);
    expect(v.problem).toMatch(/trailing slash/);
  });
});
