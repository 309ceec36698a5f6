import { describe, expect, it } from 'vitest';
import { checkInResponseTo } from '@/utils/saml/checks/in-response-to';
import { authnRequest, ids, input, response } from './fixtures';

describe('InResponseTo check', () => {
  it('accepts a response to the captured request', () => {
    expect(checkInResponseTo(input())).toEqual([]);
  });

  it('flags a response to another request', () => {
    const f = checkInResponseTo(input({ authnRequest: authnRequest({ id: '_other' }) }));
    expect(ids(f)).toContain('in-response-to.mismatch');
    expect(f[0]?.detail).toContain('_other');
  });

  it('notes an IdP-initiated response when no request was captured', () => {
    const model = response({ inResponseTo: undefined });
    expect(ids(checkInResponseTo(input({ model, authnRequest: null })))).toEqual(['in-response-to.idp-initiated']);
    expect(checkInResponseTo(input({ authnRequest: null }))).toEqual([]);
  });

  it('warns when the response answers nothing although a request was captured', () => {
    const model = response({ inResponseTo: undefined });
    expect(ids(checkInResponseTo(input({ model, trustedAssertion: null })))).toEqual(['in-response-to.missing']);
  });
});
