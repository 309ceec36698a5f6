import { describe, expect, it } from 'vitest';
import { checkRequestAuthnContext } from '@/utils/saml/checks/request-authn-context';
import { ids, req } from './fixtures';

describe('AuthnRequest authentication context check', () => {
  it('is silent for a good request', () => {
    expect(checkRequestAuthnContext(req())).toEqual([]);
  });

  it('warns about RequestedAuthnContext (AADSTS75011 risk)', () => {
    const f = checkRequestAuthnContext(req({ requestedAuthnContext: { classRefs: ['urn:oasis:names:tc:SAML:2.0:ac:classes:Password'] } }));
    expect(ids(f)).toEqual(['request.authn-context']);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.detail).toContain('AADSTS75011');
    const min = checkRequestAuthnContext(req({ requestedAuthnContext: { comparison: 'minimum', classRefs: [] } }));
    expect(min[0]?.severity).toBe('info');
  });
});
