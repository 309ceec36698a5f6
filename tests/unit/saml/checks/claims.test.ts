import { describe, expect, it } from 'vitest';
import { checkClaimsUntrusted } from '@/utils/saml/checks/claims-untrusted';
import { checkEmailLooksLikeUpn } from '@/utils/saml/checks/claims-email-upn';
import { checkRequiredClaims } from '@/utils/saml/checks/claims-required';
import type { Attribute } from '@/utils/saml/types';
import { assertion, ids, input, response } from './fixtures';

const NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';
function withAttrs(attributes: Attribute[], nameId?: { value: string; format?: string }) {
  const a = assertion(nameId ? { attributes, nameId } : { attributes });
  return input({ model: response({}, a), trustedAssertion: a });
}

describe('claims checks', () => {
  it('accept email, firstName and lastName under exactly those names', () => {
    expect(checkRequiredClaims(input())).toEqual([]);
  });

  it('detect a namespaced claim and say the Namespace must be empty', () => {
    const f = checkRequiredClaims(
      withAttrs([
        { name: `${NS}email`, values: ['a@contoso.com'] },
        { name: 'firstName', values: ['A'] },
        { name: 'lastName', values: ['V'] },
      ]),
    );
    expect(ids(f)).toEqual(['claims.namespaced.email']);
    expect(f[0]?.detail).toContain(`${NS}email`);
    expect(f[0]?.fix).toMatch(/Namespace.*EMPTY/);
    expect(f[0]?.step).toBe('claims');
  });

  it('explain Entra’s default claims as missing JustCall claims', () => {
    const f = checkRequiredClaims(
      withAttrs([
        { name: `${NS}emailaddress`, values: ['a@contoso.com'] },
        { name: `${NS}givenname`, values: ['A'] },
        { name: `${NS}surname`, values: ['V'] },
      ]),
    );
    expect(ids(f)).toEqual(['claims.missing.email', 'claims.missing.firstName', 'claims.missing.lastName']);
    expect(f[0]?.detail).toContain(`${NS}emailaddress`);
    expect(f[1]?.fix).toContain('user.givenname');
  });

  it('flag case differences and empty values', () => {
    const f = checkRequiredClaims(
      withAttrs([
        { name: 'Email', values: ['a@contoso.com'] },
        { name: 'firstName', values: [''] },
        { name: 'lastName', values: ['V'] },
      ]),
    );
    expect(ids(f)).toEqual(['claims.case.email', 'claims.empty.firstName']);
  });

  it('warn when email is an onmicrosoft.com UPN', () => {
    const f = checkEmailLooksLikeUpn(withAttrs([{ name: 'email', values: ['adele@contoso.onmicrosoft.com'] }]));
    expect(ids(f)).toEqual(['claims.email-is-upn']);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.detail).toContain('user.userprincipalname');
    expect(f[0]?.fix).toContain('user.mail');
  });

  it('warn when email equals a UPN-form NameID, not when it is a real mail address', () => {
    const upn = { value: 'adele@contoso.com', format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified' };
    expect(ids(checkEmailLooksLikeUpn(withAttrs([{ name: 'email', values: ['Adele@contoso.com'] }], upn)))).toEqual([
      'claims.email-is-upn',
    ]);
    expect(checkEmailLooksLikeUpn(input())).toEqual([]);
  });

  it('say when they read an untrusted assertion', () => {
    const untrusted = input({ trustedAssertion: null, signature: null });
    expect(ids(checkClaimsUntrusted(untrusted))).toEqual(['claims.untrusted-assertion']);
    expect(checkClaimsUntrusted(input())).toEqual([]);
    const a = assertion({ attributes: [] });
    const f = checkRequiredClaims(input({ model: response({}, a), trustedAssertion: null }));
    expect(f[0]?.detail).toContain('NOT trusted');
  });
});
