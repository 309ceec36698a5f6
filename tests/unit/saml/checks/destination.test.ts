import { describe, expect, it } from 'vitest';
import { checkDestination } from '@/utils/saml/checks/destination';
import { ACS, ids, input, response } from './fixtures';

describe('destination check', () => {
  it('is silent when the Destination is the ACS URL', () => {
    expect(checkDestination(input())).toEqual([]);
  });

  it('flags a Destination that is not the ACS URL, naming the trailing slash', () => {
    const f = checkDestination(input({ model: response({ destination: `${ACS}/` }) }));
    expect(ids(f)).toEqual(['destination.mismatch']);
    expect(f[0]?.detail).toContain('trailing');
    expect(f[0]?.step).toBe('basic-saml');
  });
});
