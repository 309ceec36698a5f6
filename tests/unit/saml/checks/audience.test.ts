import { describe, expect, it } from 'vitest';
import { checkAudience } from '@/utils/saml/checks/audience';
import { assertion, ids, input, response } from './fixtures';

describe('audience check', () => {
  it('is silent when the Audience is the Entity ID', () => {
    expect(checkAudience(input())).toEqual([]);
  });

  it('flags an Audience that is not the Entity ID, and a missing one', () => {
    const a = assertion({ conditions: { audiences: ['justcall'] } });
    const f = checkAudience(input({ model: response({}, a), trustedAssertion: a }));
    expect(ids(f)).toEqual(['audience.mismatch']);
    expect(f[0]?.detail).toContain('upper/lower case');
    const none = assertion({ conditions: { audiences: [] } });
    expect(ids(checkAudience(input({ model: response({}, none), trustedAssertion: none })))).toEqual(['audience.missing']);
  });
});
