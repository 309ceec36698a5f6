import { describe, expect, it } from 'vitest';
import { checkEncryptedAssertion } from '@/utils/saml/checks/encrypted-assertion';
import { ids, input, response } from './fixtures';

describe('encrypted assertion check', () => {
  it('explains an encrypted assertion (token encryption must be off)', () => {
    const f = checkEncryptedAssertion(input({ model: response({ assertions: [], encryptedAssertions: 1 }), trustedAssertion: null }));
    expect(ids(f)).toEqual(['assertion.encrypted']);
    expect(f[0]?.fix).toContain('Token encryption');
    expect(checkEncryptedAssertion(input())).toEqual([]);
  });
});
