import { describe, expect, it } from 'vitest';
import { checkEmailLooksLikeUpn } from '@/utils/saml/checks/claims-email-upn';
import { ids, input, withAttrs } from './fixtures';

describe('email-looks-like-UPN check', () => {
  it('warns when email is an onmicrosoft.com UPN', () => {
    const f = checkEmailLooksLikeUpn(withAttrs([{ name: 'email', values: ['adele@contoso.onmicrosoft.com'] }]));
    expect(ids(f)).toEqual(['claims.email-is-upn']);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.detail).toContain('user.userprincipalname');
    expect(f[0]?.fix).toContain('user.mail');
  });

  it('warns when email equals a UPN-form NameID, not when it is a real mail address', () => {
    const upn = { value: 'adele@contoso.com', format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified' };
    expect(ids(checkEmailLooksLikeUpn(withAttrs([{ name: 'email', values: ['Adele@contoso.com'] }], upn)))).toEqual([
      'claims.email-is-upn',
    ]);
    expect(checkEmailLooksLikeUpn(input())).toEqual([]);
  });
});
