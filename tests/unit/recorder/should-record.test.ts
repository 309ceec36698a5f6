import { describe, expect, it } from 'vitest';
import { isEntraSignInUrl, shouldRecord } from '@/utils/recorder/should-record';
import { originPattern, postPatterns } from '@/utils/recorder/filters';

describe('shouldRecord', () => {
  it('takes POSTs to JustCall hosts and GETs to Entra sign-in', () => {
    expect(shouldRecord('POST', 'https://bifrost.justcall.io/passport/login/callback', [])).toBe(true);
    expect(shouldRecord('GET', 'https://login.microsoftonline.com/t/saml2?SAMLRequest=x', [])).toBe(true);
  });
  it('never reads Entra login POSTs, even when every origin is granted', () => {
    expect(shouldRecord('POST', 'https://login.microsoftonline.com/common/login', ['https://*/*'])).toBe(false);
  });
  it('ignores other hosts until granted', () => {
    const url = 'https://sso.example.com/acs';
    expect(shouldRecord('POST', url, [])).toBe(false);
    expect(shouldRecord('POST', url, ['https://sso.example.com/*'])).toBe(true);
    expect(shouldRecord('POST', 'https://evil-justcall.io/acs', [])).toBe(false);
    expect(shouldRecord('GET', 'https://bifrost.justcall.io/x', [])).toBe(false);
    expect(shouldRecord('PUT', 'https://bifrost.justcall.io/x', [])).toBe(false);
    expect(shouldRecord('POST', 'not a url', [])).toBe(false);
  });
});

describe('isEntraSignInUrl', () => {
  it('recognises Entra’s sign-in service by the host the manifest names, not by a prefix', () => {
    expect(isEntraSignInUrl('https://login.microsoftonline.com/t/saml2')).toBe(true);
    expect(isEntraSignInUrl('https://login.microsoftonline.com.evil.example/t')).toBe(false);
    expect(isEntraSignInUrl('https://login.microsoftonline.com@evil.example/t')).toBe(false);
    expect(isEntraSignInUrl('http://login.microsoftonline.com/t')).toBe(false);
    expect(isEntraSignInUrl('not a url')).toBe(false);
  });
});

describe('originPattern', () => {
  it('accepts https origins only', () => {
    expect(originPattern('https://sso.example.com/acs/path?q=1')).toBe('https://sso.example.com/*');
    expect(originPattern('http://sso.example.com')).toBeNull();
    expect(originPattern('javascript:alert(1)')).toBeNull();
    expect(postPatterns(['https://sso.example.com/*'])).toContain('https://sso.example.com/*');
  });
});
