import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { spInitiatedLogin } from './support/world-flows';
import { Portal } from './support/world-portal';
import type { PortalUi } from '@/tests/world/server/ui-options';

/**
 * (c) Each troubleshooting scenario of the world produces its AADSTS page or
 * its JustCall error, in real Chromium with the extension loaded, whichever
 * way the portals are drawn.
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

const STACKS: PortalUi[] = ['classic', 'fluent', 'knockout', 'mixed'];

/** Where an admin sees the cause in the Entra admin center (Ibiza-style drawing). */
const CAUSE_IN_PORTAL: Record<string, { section: 'SignOn' | 'UsersAndGroups'; text: string }> = {
  'wrong-reply-url': { section: 'SignOn', text: 'https://bifrost.justcall.io/passport/login' },
  'identifier-trailing-slash': { section: 'SignOn', text: 'JustCall/' },
  'unassigned-user': { section: 'UsersAndGroups', text: 'No application assignments found' },
};

for (const portalUi of STACKS) {
  test.describe(`portal drawn ${portalUi}`, () => {
    test.use({ worldUi: { portalUi, loadDelayMs: E2E_LOAD_DELAY_MS } });
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
        const cause = CAUSE_IN_PORTAL[c.scenario];
        const app = world.runtime.state.apps[0];
        if (!cause || portalUi === 'classic' || !app) return;
        const portal = new Portal(page, world.runtime.ui);
        const saml = cause.section === 'SignOn' ? '/preferredSingleSignOnMode/saml' : '';
        await page.goto(
          `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${cause.section}/objectId/${app.objectId}/appId/${app.appId}${saml}`,
        );
        const where = cause.section === 'SignOn' ? portal.samlSection('Basic SAML Configuration') : portal.content('UsersAndGroups');
        await expect(where).toContainText(cause.text);
      });
    }
  });
}

test.describe('in German and Japanese', () => {
  for (const [portalLang, lines] of [
    ['de', [/Anforderungs-ID: [0-9a-f-]{36}/, /Korrelations-ID: [0-9a-f-]{36}/, /Zeitstempel: \d{4}-/]],
    ['ja', [/要求 ID: [0-9a-f-]{36}/, /相関 ID: [0-9a-f-]{36}/, /タイムスタンプ: \d{4}-/]],
  ] as const) {
    test(`the AADSTS page's troubleshooting details are in ${portalLang}`, async ({ page, world }) => {
      world.setUi({ portalUi: 'mixed', portalLang });
      const { signInAs } = await world.applyScenario('wrong-reply-url');
      await spInitiatedLogin(page, signInAs);
      await expect(page.locator('html')).toHaveAttribute('lang', portalLang);
      await expect(page.locator('#errorMessage')).toContainText('AADSTS50011');
      for (const line of lines) await expect(page.locator('#troubleshootingDetails')).toContainText(line);
    });
  }
});

test("the Azure China sign-in service shows the China tenant's errors", async ({ page, world }) => {
  const { signInAs } = await world.applyScenario('china-configured');
  const app = world.runtime.state.apps.find((a) => a.cloud === 'china');
  if (!app) throw new Error('no China app');
  app.assignments = [];
  await spInitiatedLogin(page, signInAs);
  expect(page.url()).toMatch(/login\.partner\.microsoftonline\.cn/);
  await expect(page.locator('body')).toContainText(/AADSTS50105/);
});
