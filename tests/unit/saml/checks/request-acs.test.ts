import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '@/utils/saml/types';
import { checkRequestAcs } from '@/utils/saml/checks/request-acs';
import { ACS, ids, req } from './fixtures';

describe('AuthnRequest ACS check', () => {
  it('is silent for a good request', () => {
    expect(checkRequestAcs(req())).toEqual([]);
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
});
