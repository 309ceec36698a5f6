import { describe, expect, it } from 'vitest';
import { checkRecipient } from '@/utils/saml/checks/recipient';
import { assertion, ids, input, response } from './fixtures';

describe('recipient check', () => {
  it('is silent when the Recipient is the ACS URL', () => {
    expect(checkRecipient(input())).toEqual([]);
  });

  it('flags a Recipient that is not the ACS URL', () => {
    const a = assertion({ subjectConfirmations: [{ recipient: 'https://app.justcall.io/saml/acs' }] });
    const f = checkRecipient(input({ model: response({}, a), trustedAssertion: a }));
    expect(ids(f)).toEqual(['recipient.mismatch']);
    expect(f[0]?.detail).toContain('https://app.justcall.io/saml/acs');
  });
});
