import { describe, expect, it } from 'vitest';
import { checkAssertionCount } from '@/utils/saml/checks/assertion-count';
import { assertion, ids, input, response } from './fixtures';

describe('assertion count check', () => {
  it('flags a successful response without assertion, and several assertions', () => {
    expect(ids(checkAssertionCount(input({ model: response({ assertions: [] }) })))).toEqual(['assertion.missing']);
    expect(ids(checkAssertionCount(input({ model: response({ assertions: [assertion(), assertion({ id: '_evil' })] }) })))).toEqual([
      'assertion.multiple',
    ]);
    expect(checkAssertionCount(input())).toEqual([]);
  });
});
