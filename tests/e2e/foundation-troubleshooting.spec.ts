import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';

/**
 * (c) Each troubleshooting scenario of the world produces its AADSTS page or
 * its JustCall error, in real Chromium with the extension loaded.
 */
const CASES: { scenario: string; host: RegExp; expect: RegExp }[] = [
  { scenario: 'configured', host: /bifrost\.justcall\.io/, expect: /Signed in as adele\.vance@contoso\.com/ },
  { scenario: 'wrong-reply-url', host: /login\.microsoftonline\.com/, expect: /AADSTS50011/ },
  { scenario: 'identifier-trailing-slash', host: /login\.microsoftonline\.com/, expect: /AADSTS700016/ },
  { scenario: 'unassigned-user', host: /login\.microsoftonline\.com/, expect: /AADSTS50105/ },
  { scenario: 'user-disabled', host: /login\.microsoftonline\.com/, expect: /AADSTS50057/ },
  { scenario: 'namespaced-claims', host: /bifrost\.justcall\.io/, expect: /email attribute is missing/ },
  { scenario: 'empty-mail', host: /bifrost\.justcall\.io/, expect: /email attribute is missing/ },
  { scenario: 'upn-as-email', host: /bifrost\.justcall\.io/, expect: /Signed in as adele\.vance@contoso\.onmicrosoft\.com/ },
  { scenario: 'cert-rotated', host: /bifrost\.justcall\.io/, expect: /SSO login failed: .*(signature|certificate)/i },
  { scenario: 'clock-skew', host: /bifrost\.justcall\.io/, expect: /has expired/ },
  { scenario: 'unsigned-response', host: /bifrost\.justcall\.io/, expect: /not signed/ },
  { scenario: 'xsw-response', host: /bifrost\.justcall\.io/, expect: /signature wrapping/ },
];

for (const c of CASES) {
  test(`scenario ${c.scenario} ends where the real services would`, async ({ page, world }) => {
    const { signInAs } = await world.applyScenario(c.scenario);
    await spInitiatedLogin(page, signInAs);
    expect(page.url()).toMatch(c.host);
    await expect(page.locator('body')).toContainText(c.expect);
    if (c.host.source.includes('login')) {
      // Laid out like the real error page: the troubleshooting details are there.
      await expect(page.locator('body')).toContainText(/Request Id: [0-9a-f-]{36}/);
      await expect(page.locator('body')).toContainText(/Correlation Id: [0-9a-f-]{36}/);
      await expect(page.locator('body')).toContainText(/Timestamp: \d{4}-\d\d-\d\dT/);
    }
  });
}
