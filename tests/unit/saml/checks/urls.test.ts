import { describe, expect, it } from 'vitest';
import { checkAudience } from '@/utils/saml/checks/audience';
import { checkDestination } from '@/utils/saml/checks/destination';
import { checkRecipient } from '@/utils/saml/checks/recipient';
import { ACS, assertion, ids, input, response } from './fixtures';

describe('destination, recipient and audience checks', () => {
  it('are silent when everything matches', () => {
    expect([...checkDestination(input()), ...checkRecipient(input()), ...checkAudience(input())]).toEqual([]);
  });

  it('flags a Destination that is not the ACS URL, naming the trailing slash', () => {
    const f = checkDestination(input({ model: response({ destination: `${ACS}/` }) }));
    expect(ids(f)).toEqual(['destination.mismatch']);
    expect(f[0]?.detail).toContain('trailing');
    expect(f[0]?.step).toBe('basic-saml');
  });

  it('flags a Recipient that is not the ACS URL', () => {
    const a = assertion({ subjectConfirmations: [{ recipient: 'https://app.justcall.io/saml/acs' }] });
    const f = checkRecipient(input({ model: response({}, a), trustedAssertion: a }));
    expect(ids(f)).toEqual(['recipient.mismatch']);
    expect(f[0]?.detail).toContain('https://app.justcall.io/saml/acs');
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
