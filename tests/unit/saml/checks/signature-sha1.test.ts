import { describe, expect, it } from 'vitest';
import { checkSignatureSha1 } from '@/utils/saml/checks/signature-sha1';
import { ids, input, validSignature } from './fixtures';

const SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';

describe('SHA-1 signature check', () => {
  it('warns about SHA-1 unless verify already did', () => {
    expect(ids(checkSignatureSha1(input({ signature: validSignature({ signatureAlgorithm: SHA1 }) })))).toEqual(['signature.sha1']);
    const already = validSignature({
      signatureAlgorithm: SHA1,
      findings: [{ id: 'signature.weak-sha1', severity: 'warning', title: 't', detail: 'd', fix: 'f', step: null }],
    });
    expect(checkSignatureSha1(input({ signature: already }))).toEqual([]);
    expect(checkSignatureSha1(input())).toEqual([]);
  });
});
