import { describe, expect, it } from 'vitest';
import { contextFromSession } from '@/utils/test-sign-in/context';
import { emptySession } from '@/utils/setup/session';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const src = {
  kind: 'page' as const,
  portal: 'justcall' as const,
  url: 'https://app.justcall.io/',
  feature: 'justcall/sso',
  at: '2026-01-01T00:00:00Z',
};

describe('expected values for the test sign-in', () => {
  it('come from the setup session: Entity ID, ACS URL, issuer from the tenant, certificate, Reply URLs', () => {
    const s = emptySession(new Date('2026-01-01T00:00:00Z'));
    s.values.entityId = { value: 'JustCall', source: src };
    s.values.acsUrl = { value: 'https://bifrost.justcall.io/passport/login/callback', source: src };
    s.values.tenantId = { value: TENANT, source: src };
    s.certificate = {
      der: 'MIIB',
      sha1: 'AB',
      sha256: 'CD',
      notBefore: '2026-01-01T00:00:00Z',
      notAfter: '2029-01-01T00:00:00Z',
      subject: 'CN=x',
      source: src,
    };
    s.observations['entra/basic-saml'] = {
      url: 'https://entra.microsoft.com/',
      at: '2026-01-01T00:00:00Z',
      saved: true,
      values: { replyUrl: ['https://bifrost.justcall.io/x'] },
    };
    const ctx = contextFromSession(s);
    expect(ctx.entityId).toBe('JustCall');
    expect(ctx.acsUrl).toBe('https://bifrost.justcall.io/passport/login/callback');
    expect(ctx.issuer).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(ctx.certificates.map((c) => c.cert)).toEqual(['MIIB']);
    expect(ctx.replyUrls).toEqual(['https://bifrost.justcall.io/x']);
  });

  it('are empty when there is no usable session', () => {
    const ctx = contextFromSession({ version: 2 });
    expect(ctx.entityId).toBeUndefined();
    expect(ctx.issuer).toBeUndefined();
    expect(ctx.certificates).toEqual([]);
  });
});
