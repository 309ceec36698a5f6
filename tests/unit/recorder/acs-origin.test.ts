import { afterEach, describe, expect, it, vi } from 'vitest';
import { acsOrigin, originPattern } from '@/utils/recorder/filters';
import { requestAcsOrigin } from '@/components/doctor/platform';

describe('the one origin an admin may grant for an ACS on another host', () => {
  it('is one exact https host, normalised', () => {
    expect(acsOrigin('https://SSO.Example.com:8443/acs?x=1#y')).toEqual({ ok: true, pattern: 'https://sso.example.com/*' });
    expect(acsOrigin('  https://bücher.example/acs ')).toEqual({ ok: true, pattern: 'https://xn--bcher-kva.example/*' });
  });

  it('is never a wildcard, a bare top-level domain, a single name, an IP address, or another scheme', () => {
    for (const input of [
      'https://*/*',
      'https://*.example.com/acs',
      'https://*',
      'https://com',
      'https://localhost/acs',
      'https://example./acs',
      'https://203.0.113.7/acs',
      'https://[2001:db8::1]/acs',
      'https://0x7f.1/acs',
      'http://sso.example.com/acs',
      'https://user:pw@sso.example.com/acs',
      'javascript:alert(1)',
      '',
    ]) {
      const origin = acsOrigin(input);
      expect(origin.ok, input).toBe(false);
      expect(originPattern(input), input).toBeNull();
    }
    expect(acsOrigin('https://*/*')).toMatchObject({ error: expect.stringMatching(/wildcard/) });
    expect(acsOrigin('https://203.0.113.7/')).toMatchObject({ error: expect.stringMatching(/not an IP address/) });
  });
});

describe('requesting the permission', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks Chrome only for the exact origin, and never for a wildcard', async () => {
    const request = vi.fn(async () => true);
    vi.stubGlobal('chrome', { permissions: { request } });
    expect(await requestAcsOrigin('https://*/*')).toMatchObject({ ok: false });
    expect(await requestAcsOrigin('https://*.example.com')).toMatchObject({ ok: false });
    expect(request).not.toHaveBeenCalled();
    expect(await requestAcsOrigin('https://SSO.example.com/acs')).toEqual({ ok: true, pattern: 'https://sso.example.com/*' });
    expect(request).toHaveBeenCalledWith({ origins: ['https://sso.example.com/*'] });
  });
});
