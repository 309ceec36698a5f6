import { describe, expect, it } from 'vitest';
import { readinessOf } from '@/utils/background/setup/readiness';
import { session, T0, TENANT } from './helpers';

/**
 * What the in-page control is told about a feature before the admin presses
 * Fill (issue 13, point 1): JustCall's form is not "ready" just because the
 * assistant's own Default Role setting is known; it waits for Entra.
 */

const metadata = { kind: 'metadata' as const, url: 'https://login.microsoftonline.com/x', at: T0.toISOString() };
const NO_TOKEN = { token: null };

describe('readiness for the in-page control', () => {
  it('JustCall before Entra is done: nothing to fill, and what is missing says where to get it', () => {
    const r = readinessOf(session(), 'justcall/sso', NO_TOKEN);
    expect(r.fills).toEqual([]);
    expect(r.missing.join('\n')).toMatch(/Login URL \(SSO URL\): .*Entra/);
    expect(r.missing.join('\n')).toMatch(/^Certificate: /m);
    // Field keys never reach the control.
    expect(JSON.stringify(r)).not.toMatch(/ssoUrl|defaultRole|entraIdentifier/);
  });

  it('JustCall once Entra’s values are known: ready, by label', () => {
    const s = session((x) => {
      x.values.loginUrl = { value: `https://login.microsoftonline.com/${TENANT}/saml2`, source: metadata };
      x.values.entraIdentifier = { value: `https://sts.windows.net/${TENANT}/`, source: metadata };
    });
    const r = readinessOf(s, 'justcall/sso', NO_TOKEN);
    expect(r.fills).toEqual(['SSO URL', 'Issuer / Entity ID', 'Default Role']);
    expect(r.missing).toHaveLength(1);
  });

  it('a form filled from constants alone is ready with nothing carried', () => {
    expect(readinessOf(session(), 'entra/create-app', NO_TOKEN).fills.length).toBeGreaterThan(0);
  });
});
