import { describe, expect, it } from 'vitest';
import { checkInResponseTo } from '@/utils/saml/checks/in-response-to';
import { ACS, assertion, authnRequest, ids, input, response, signedInput, withTestKey } from './fixtures';

const { key } = withTestKey();

/** An assertion whose bearer confirmation names no request, as an IdP-initiated sign-in has. */
const unsolicited = assertion({
  subjectConfirmations: [{ method: 'urn:oasis:names:tc:SAML:2.0:cm:bearer', recipient: ACS, notOnOrAfter: '2025-03-01T11:05:00.000Z' }],
});

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
    const model = response({ inResponseTo: undefined }, unsolicited);
    expect(ids(checkInResponseTo(input({ model, authnRequest: null })))).toEqual(['in-response-to.idp-initiated']);
    expect(checkInResponseTo(input({ authnRequest: null }))).toEqual([]);
  });

  it('warns when the response answers nothing although a request was captured', () => {
    const model = response({ inResponseTo: undefined }, unsolicited);
    expect(ids(checkInResponseTo(input({ model, trustedAssertion: null })))).toEqual(['in-response-to.missing']);
  });

  it('refuses an assertion whose confirmation answers another request than the response, with or without the request', async () => {
    expect(checkInResponseTo(await signedInput(key(), { sign: 'assertion' }, { authnRequest: null }))).toEqual([]);
    const other = await signedInput(
      key(),
      {
        sign: 'assertion',
        edit: (x) => x.replace('<saml:SubjectConfirmationData InResponseTo="_req1"', '<saml:SubjectConfirmationData InResponseTo="_other"'),
      },
      { authnRequest: null },
    );
    expect(other.signature?.verdict).toBe('valid');
    const f = checkInResponseTo(other);
    expect(ids(f)).toEqual(['in-response-to.confirmation-mismatch']);
    expect(f[0]?.detail).toContain('"_other"');
    expect(f[0]?.detail).toContain('"_req1"');
    expect(ids(checkInResponseTo({ ...other, authnRequest: authnRequest() }))).toEqual(['in-response-to.confirmation-mismatch']);
  });
});
