import { describe, expect, it } from 'vitest';
import { checkClaimsUntrusted } from '@/utils/saml/checks/claims-untrusted';
import { buildSignedResponse } from '@/tests/helpers/sign-response';
import { ids, input, withTestKey, xmlInput } from './fixtures';

describe('untrusted-claims check', () => {
  it('says when the claims come from an untrusted assertion', () => {
    const untrusted = input({ trustedAssertion: null, signature: null });
    expect(ids(checkClaimsUntrusted(untrusted))).toEqual(['claims.untrusted-assertion']);
    expect(checkClaimsUntrusted(input())).toEqual([]);
  });
});

describe('untrusted claims on messages signed with a test key', () => {
  const { key, trusted } = withTestKey();

  it('is silent when a valid signature covers the assertion', async () => {
    expect(checkClaimsUntrusted(await xmlInput(buildSignedResponse(key(), { sign: 'assertion' }), trusted()))).toEqual([]);
  });

  it('warns when the signed assertion was changed afterwards', async () => {
    const f = checkClaimsUntrusted(await xmlInput(buildSignedResponse(key(), { sign: 'assertion', tamper: 'attribute' }), trusted()));
    expect(ids(f)).toEqual(['claims.untrusted-assertion']);
    expect(f[0]?.detail).toContain('signature verdict: invalid');
  });
});
