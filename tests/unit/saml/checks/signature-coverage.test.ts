import { describe, expect, it } from 'vitest';
import { checkSignatureCoverage } from '@/utils/saml/checks/signature-coverage';
import { buildSignedResponse } from '@/tests/helpers/sign-response';
import { ids, input, validSignature, withTestKey, xmlInput } from './fixtures';

describe('signature coverage check', () => {
  it('says which part is signed', () => {
    const f = checkSignatureCoverage(input());
    expect(ids(f)).toEqual(['signature.covers']);
    expect(f[0]?.title).toContain('assertion');
    expect(checkSignatureCoverage(input({ signature: validSignature({ verdict: 'invalid' }) }))).toEqual([]);
  });
});

describe('signature coverage on messages signed with a test key', () => {
  const { key, trusted } = withTestKey();

  it('names both parts when the Response and its Assertion are signed, and the certificate that verified them', async () => {
    const f = checkSignatureCoverage(await xmlInput(buildSignedResponse(key(), { sign: 'both' }), trusted()));
    expect(ids(f)).toEqual(['signature.covers']);
    expect(f[0]?.title).toBe('Signed part: both');
    expect(f[0]?.detail).toContain('Entra active');
  });

  it('says nothing when the signature does not verify', async () => {
    const tampered = buildSignedResponse(key(), { sign: 'both', tamper: 'attribute' });
    expect(checkSignatureCoverage(await xmlInput(tampered, trusted()))).toEqual([]);
  });
});
