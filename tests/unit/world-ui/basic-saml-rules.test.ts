import { describe, expect, it } from 'vitest';
import { hasErrors, normaliseRows, validateBasicSaml } from '@/tests/world/server/portal-api/basic-saml-rules';

const ok = {
  identifiers: [{ value: 'JustCall', isDefault: true }],
  replyUrls: [{ value: 'https://bifrost.justcall.io/passport/login/callback', isDefault: true }],
  signOnUrl: 'https://app.justcall.io/login',
  relayState: '',
  logoutUrl: '',
};

describe('Basic SAML Configuration rules', () => {
  it('accepts the JustCall values (a plain-string identifier included)', () => {
    expect(hasErrors(validateBasicSaml(ok))).toBe(false);
  });

  it('requires an identifier and a reply URL', () => {
    const e = validateBasicSaml({ ...ok, identifiers: [{ value: ' ', isDefault: true }], replyUrls: [] });
    expect(e.identifiers).toMatch(/required/);
    expect(e.replyUrls).toMatch(/required/);
  });

  it('refuses a non-https reply URL but allows http://localhost', () => {
    expect(
      validateBasicSaml({ ...ok, replyUrls: [{ value: 'http://bifrost.justcall.io/cb', isDefault: true }] }).replyUrlRows?.[0],
    ).toBeTruthy();
    expect(hasErrors(validateBasicSaml({ ...ok, replyUrls: [{ value: 'http://localhost:3000/acs', isDefault: true }] }))).toBe(false);
  });

  it('flags duplicates, spaces and bad optional URLs', () => {
    const e = validateBasicSaml({
      ...ok,
      identifiers: [
        { value: 'a', isDefault: true },
        { value: 'a', isDefault: false },
        { value: 'b c', isDefault: false },
      ],
      signOnUrl: 'not a url',
      logoutUrl: 'ftp://x',
    });
    expect(Object.keys(e.identifierRows ?? {})).toEqual(['1', '2']);
    expect(e.signOnUrl).toBeTruthy();
    expect(e.logoutUrl).toBeTruthy();
  });

  it('normalises rows: drops empties, exactly one default', () => {
    expect(
      normaliseRows([
        { value: '', isDefault: true },
        { value: ' x ', isDefault: false },
        { value: 'y', isDefault: false },
      ]),
    ).toEqual([
      { value: 'x', isDefault: true },
      { value: 'y', isDefault: false },
    ]);
    expect(
      normaliseRows([
        { value: 'x', isDefault: true },
        { value: 'y', isDefault: true },
      ]).filter((r) => r.isDefault),
    ).toHaveLength(1);
  });
});
