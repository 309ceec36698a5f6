import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '@/utils/saml/types';
import { checkRequestIssuer } from '@/utils/saml/checks/request-issuer';
import { ENTITY_ID, ids, req } from './fixtures';

describe('AuthnRequest issuer check', () => {
  it('is silent for a good request', () => {
    expect(checkRequestIssuer(req())).toEqual([]);
  });

  it('flags an Issuer that is not the Identifier (AADSTS700016), naming the trailing slash', () => {
    const f = checkRequestIssuer(req({ issuer: `${ENTITY_ID}/` }));
    expect(ids(f)).toEqual(['request.issuer-trailing-slash']);
    expect(f[0]?.title).toContain('AADSTS700016');
    expect(f[0]?.detail).toContain('trailing');
    const ctx = AnalysisContext.parse({ identifier: 'urn:justcall', certificates: [] });
    expect(ids(checkRequestIssuer({ ...req(), ctx }))).toEqual(['request.issuer-not-identifier']);
  });
});
