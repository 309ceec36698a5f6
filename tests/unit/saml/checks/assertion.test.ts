import { describe, expect, it } from 'vitest';
import { checkAssertionCount } from '@/utils/saml/checks/assertion-count';
import { checkEncryptedAssertion } from '@/utils/saml/checks/encrypted-assertion';
import { assertion, ids, input, response } from './fixtures';

describe('assertion checks', () => {
  it('explain an encrypted assertion (token encryption must be off)', () => {
    const f = checkEncryptedAssertion(input({ model: response({ assertions: [], encryptedAssertions: 1 }), trustedAssertion: null }));
    expect(ids(f)).toEqual(['assertion.encrypted']);
    expect(f[0]?.fix).toContain('Token encryption');
    expect(checkEncryptedAssertion(input())).toEqual([]);
  });

  it('flag a successful response without assertion, and several assertions', () => {
    expect(ids(checkAssertionCount(input({ model: response({ assertions: [] }) })))).toEqual(['assertion.missing']);
    expect(ids(checkAssertionCount(input({ model: response({ assertions: [assertion(), assertion({ id: '_evil' })] }) })))).toEqual([
      'assertion.multiple',
    ]);
    expect(checkAssertionCount(input())).toEqual([]);
  });
});
