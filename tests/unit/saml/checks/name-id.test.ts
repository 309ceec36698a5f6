import { describe, expect, it } from 'vitest';
import { checkNameId } from '@/utils/saml/checks/name-id';
import { assertion, ids, input, response } from './fixtures';

const withNameId = (nameId: { value: string; format?: string } | undefined) => {
  const a = assertion({ nameId });
  return input({ model: response({}, a), trustedAssertion: a });
};

describe('NameID check', () => {
  it('summarises format and value', () => {
    const f = checkNameId(input());
    expect(ids(f)).toEqual(['nameid.summary']);
    expect(f[0]?.title).toContain('e-mail address');
  });

  it('flags a missing NameID, a transient one and a non-email value in email format', () => {
    expect(ids(checkNameId(withNameId(undefined)))).toEqual(['nameid.missing']);
    expect(ids(checkNameId(withNameId({ value: 'x', format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' })))[0]).toBe(
      'nameid.transient',
    );
    expect(ids(checkNameId(withNameId({ value: '814bd554', format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' })))[0]).toBe(
      'nameid.not-email',
    );
  });
});
