import { describe, expect, it } from 'vitest';
import { checkRequiredClaims } from '@/utils/saml/checks/claims-required';
import { assertion, ids, input, response, NS, withAttrs } from './fixtures';

describe('required claims check', () => {
  it('accepts email, firstName and lastName under exactly those names', () => {
    expect(checkRequiredClaims(input())).toEqual([]);
  });

  it('detects a namespaced claim and says the Namespace must be empty', () => {
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

  it('explains Entra’s default claims as missing JustCall claims', () => {
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

  it('flags case differences and empty values', () => {
    const f = checkRequiredClaims(
      withAttrs([
        { name: 'Email', values: ['a@contoso.com'] },
        { name: 'firstName', values: [''] },
        { name: 'lastName', values: ['V'] },
      ]),
    );
    expect(ids(f)).toEqual(['claims.case.email', 'claims.empty.firstName']);
  });

  it('says when it read an untrusted assertion', () => {
    const a = assertion({ attributes: [] });
    const f = checkRequiredClaims(input({ model: response({}, a), trustedAssertion: null }));
    expect(f[0]?.detail).toContain('NOT trusted');
  });
});

describe('several namespaced claims (issue 13, point 10)', () => {
  it('are one finding that names them all, so the headline and the fix do not speak of "email" alone', () => {
    const f = checkRequiredClaims(
      withAttrs([
        { name: `${NS}email`, values: ['a@contoso.com'] },
        { name: `${NS}firstName`, values: ['A'] },
        { name: `${NS}lastName`, values: ['V'] },
      ]),
    );
    expect(ids(f)).toEqual(['claims.namespaced']);
    expect(f[0]?.title).toBe('The "email", "firstName" and "lastName" claims arrive with a namespace');
    expect(f[0]?.fix).toContain('open each of the claims "email", "firstName" and "lastName"');
    expect(f[0]?.detail).toContain(`${NS}lastName`);
  });
});
