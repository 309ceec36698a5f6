import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '@/utils/saml/types';
import { checkIssuer } from '@/utils/saml/checks/issuer';
import { ISSUER, assertion, ids, input, response } from './fixtures';

describe('issuer check', () => {
  it('accepts the expected issuer', () => {
    expect(checkIssuer(input())).toEqual([]);
  });

  it('names a trailing-slash difference explicitly', () => {
    const noSlash = ISSUER.slice(0, -1);
    const model = response({ issuer: noSlash }, assertion({ issuer: noSlash }));
    const f = checkIssuer(input({ model }));
    expect(ids(f)).toEqual(['issuer.trailing-slash']);
    expect(f[0]?.detail).toMatch(/trailing "\/"/);
    expect(f[0]?.detail).toContain('lacks');
    expect(f[0]?.step).toBe('justcall-idp');
  });

  it('reports a different tenant as a mismatch', () => {
    const other = 'https://sts.windows.net/00000000-0000-0000-0000-000000000000/';
    const f = checkIssuer(input({ model: response({ issuer: other }, assertion({ issuer: other })) }));
    expect(ids(f)).toEqual(['issuer.mismatch']);
    expect(f[0]?.severity).toBe('error');
  });

  it('without an expected issuer, only flags a non-Entra issuer', () => {
    const ctx = AnalysisContext.parse({ certificates: [] });
    expect(checkIssuer(input({ ctx }))).toEqual([]);
    const google = 'https://accounts.google.com/o/saml2?idpid=x';
    expect(ids(checkIssuer(input({ ctx, model: response({ issuer: google }, assertion({ issuer: google })) })))).toEqual([
      'issuer.not-entra',
    ]);
  });
});
