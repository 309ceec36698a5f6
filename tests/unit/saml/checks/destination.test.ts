import { describe, expect, it } from 'vitest';
import { checkDestination } from '@/utils/saml/checks/destination';
import { ACS, ids, input, response, signedInput, withTestKey } from './fixtures';

const { key } = withTestKey();

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

  it('refuses a signed response whose Destination is present but empty, and accepts the helper’s own', async () => {
    expect(checkDestination(await signedInput(key(), { sign: 'both' }))).toEqual([]);
    const empty = await signedInput(key(), { sign: 'both', edit: (x) => x.replace(/Destination="[^"]*"/, 'Destination=""') });
    expect(empty.signature?.verdict).toBe('valid');
    const f = checkDestination(empty);
    expect(ids(f)).toEqual(['destination.empty']);
    expect(
      checkDestination(input({ model: response({ destination: '' }), ctx: { ...input().ctx, acsUrl: undefined } })).map((x) => x.id),
    ).toEqual(['destination.empty']);
  });
});
