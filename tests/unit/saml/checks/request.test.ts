import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '@/utils/saml/types';
import { checkRequestAcs } from '@/utils/saml/checks/request-acs';
import { checkRequestAuthnContext } from '@/utils/saml/checks/request-authn-context';
import { checkRequestIssuer } from '@/utils/saml/checks/request-issuer';
import { checkRequestUnsupported } from '@/utils/saml/checks/request-unsupported';
import { ACS, ENTITY_ID, authnRequest, ids, input } from './fixtures';

const req = (over: Parameters<typeof authnRequest>[0] = {}) =>
  input({ model: authnRequest(over), trustedAssertion: null, signature: null, authnRequest: null });

describe('AuthnRequest checks', () => {
  it('are silent for a good request', () => {
    const i = req();
    expect([...checkRequestAcs(i), ...checkRequestIssuer(i), ...checkRequestAuthnContext(i), ...checkRequestUnsupported(i)]).toEqual([]);
  });

  it('flags an ACS URL missing from the Reply URLs (AADSTS50011), naming a trailing slash', () => {
    const ctx = AnalysisContext.parse({ replyUrls: [`${ACS}/`, 'https://other.example/acs'], certificates: [] });
    const f = checkRequestAcs({ ...req(), ctx });
    expect(ids(f)).toEqual(['request.acs-not-reply-url']);
    expect(f[0]?.title).toContain('AADSTS50011');
    expect(f[0]?.detail).toContain('trailing');
    expect(f[0]?.step).toBe('basic-saml');
    expect(checkRequestAcs({ ...req(), ctx: AnalysisContext.parse({ replyUrls: [ACS], certificates: [] }) })).toEqual([]);
  });

  it('warns when the ACS URL is not the expected one and no Reply URLs are known', () => {
    expect(ids(checkRequestAcs(req({ acsUrl: 'https://app.justcall.io/acs' })))).toEqual(['request.acs-unexpected']);
  });

  it('flags an Issuer that is not the Identifier (AADSTS700016), naming the trailing slash', () => {
    const f = checkRequestIssuer(req({ issuer: `${ENTITY_ID}/` }));
    expect(ids(f)).toEqual(['request.issuer-trailing-slash']);
    expect(f[0]?.title).toContain('AADSTS700016');
    expect(f[0]?.detail).toContain('trailing');
    const ctx = AnalysisContext.parse({ identifier: 'urn:justcall', certificates: [] });
    expect(ids(checkRequestIssuer({ ...req(), ctx }))).toEqual(['request.issuer-not-identifier']);
  });

  it('warns about RequestedAuthnContext (AADSTS75011 risk)', () => {
    const f = checkRequestAuthnContext(req({ requestedAuthnContext: { classRefs: ['urn:oasis:names:tc:SAML:2.0:ac:classes:Password'] } }));
    expect(ids(f)).toEqual(['request.authn-context']);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.detail).toContain('AADSTS75011');
    const min = checkRequestAuthnContext(req({ requestedAuthnContext: { comparison: 'minimum', classRefs: [] } }));
    expect(min[0]?.severity).toBe('info');
  });

  it('flags Subject and Scoping (AADSTS900236)', () => {
    const f = checkRequestUnsupported(req({ hasSubject: true, hasScoping: true }));
    expect(ids(f)).toEqual(['request.subject-present', 'request.scoping-present']);
    expect(f.every((x) => x.title.includes('AADSTS900236'))).toBe(true);
  });
});
