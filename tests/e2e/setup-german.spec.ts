import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { spInitiatedLogin } from './support/world-flows';
import {
  assistant,
  expectControlText,
  expectFieldStatus,
  expectStep,
  JUSTCALL_SSO,
  loginJustCallOwner,
  stepCard,
} from './support/setup-flows';
import { escapeRe, Portal } from './support/world-portal';
import { entraAssign } from './support/world-by-hand';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';

// The Fluent Save-after-fill race (issue 9's note): its cause is fixed by writing one field per settled frame, but one
// fresh-clone CI run after that fix still lost a claim field once, on a loaded machine. One retry, which Playwright
// reports as "flaky", keeps any recurrence visible without blocking the suite, until runs show it gone.
test.describe.configure({ retries: 1 });

/**
 * The happy path with the Entra admin center in German, on both UI stacks
 * (and in Japanese on Fluent):
 * the assistant reads and fills the panes by their German labels (the label
 * pack the background hands the page engine), quotes the page's own words
 * ("Speichern"), and tells "Anmelde-URL" in "Set up JustCall" from the one in
 * Basic SAML Configuration by its section. Where no source gives a label's
 * German form (tests/unit/features/features-wired.test.ts lists them: the
 * app-name field, "Add identifier"/"Add reply URL", the claims and
 * assignments grids), the admin does that part, as the notice says.
 */

const DEFAULT_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/** German on both stacks; Japanese (whose Login URL and Sign on URL differ) on Fluent. */
const RUNS = [
  { lang: 'de', name: 'German', stack: 'knockout' },
  { lang: 'de', name: 'German', stack: 'fluent' },
  { lang: 'ja', name: 'Japanese', stack: 'fluent' },
] as const;

for (const { lang, name, stack } of RUNS) {
  test.describe(`in ${name}, on ${stack} views`, () => {
    const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: stack, portalLang: lang, loadDelayMs: E2E_LOAD_DELAY_MS };
    test.use({ worldUi: ui });
    test.beforeEach(async ({ ext }) => {
      await ext.clearStorage();
    });

    test('the assistant takes a fresh account and an empty tenant to a working SSO sign-in', async ({ page, ext, world }) => {
      test.setTimeout(300_000);
      const portal = new Portal(page, ui);
      const t = portal.t;
      const panel = await ext.openSidePanel();
      await panel.setViewportSize({ width: 420, height: 900 });
      // The portal's tab in front, as the admin has it: a background tab paints no animation frames, and Fluent's
      // CommandBar swaps in its up-to-date Save only after one.
      await page.bringToFront();

      // Step 1: JustCall (its pages are English).
      await loginJustCallOwner(page);
      await page.goto(JUSTCALL_SSO);
      await page.getByRole('switch', { name: 'Enable SSO' }).click();
      await page.getByRole('radio', { name: 'SAML 2.0' }).check();
      await panel.getByLabel('I understand, and I have a way back in').check();
      await expectStep(panel, 'justcall-sso', 'done');

      // Step 2: the app. The name field's German label has no source: the admin types the name.
      await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await portal.command('EnterpriseAppsList', t('newApplication')).click();
      await portal.command('AppGallery', t('createOwnApp')).click();
      await expect(portal.paneTitle()).toHaveText(t('createOwnApp'));
      await portal.field('CreateOwnApplication', t('appNameQuestion')).fill('JustCall');
      await portal.choose('CreateOwnApplication', t('kindNonGallery'));
      await portal.button('CreateOwnApplication', t('create')).click();
      await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
      await expectStep(panel, 'create-app', 'done');
      // A language the assistant knows: no "switch to English" notice.
      await expect(panel.getByText(/is shown in/)).toHaveCount(0);

      // Step 3a: Basic SAML Configuration. The admin adds the two rows ("Add identifier" has no sourced translation); the assistant fills.
      await portal.menu(t('singleSignOn')).click();
      await portal.button('SingleSignOnMethods', new RegExp(`^${t('saml')}\\b`)).click();
      await page.waitForURL(/preferredSingleSignOnMode\/saml/);
      await portal
        .samlSection(t('basicSaml'))
        .getByRole('button', { name: t('edit') })
        .click();
      await expect(portal.paneTitle()).toHaveText(t('basicSaml'));
      const pane = 'BasicSamlConfiguration';
      await portal.link(pane, t('addIdentifier')).click();
      await portal.link(pane, t('addReplyUrl')).click();
      const rowInput = (label: string) =>
        portal.stack(pane) === 'fluent'
          ? portal.scope(pane).getByRole('textbox', { name: new RegExp(`^${escapeRe(label)}`) })
          : portal.koControl(pane, label).locator('input');
      await expect(rowInput(t('identifier'))).toBeVisible();
      await expect(rowInput(t('replyUrl'))).toBeVisible();
      const basic = assistant(page, 'entra/basic-saml', 'any');
      await basic.click('Fill from JustCall');
      await expect.poll(() => basic.statuses()).toEqual(['filled', 'filled', 'filled']);
      // The assistant's words stay English; the button it names is the page's.
      await expectControlText(basic, new RegExp(`Now click ${escapeRe(t('save'))} on the page`));
      await portal.command('BasicSamlConfiguration', t('save')).click();
      await expect(portal.notification(t('savedSso'))).toBeVisible();
      await portal.closePane();
      await expect(portal.samlSection(t('basicSaml'))).toContainText('JustCall');
      await expectStep(panel, 'basic-saml', 'done');

      // Step 3b: Attributes & Claims. The admin opens each default claim (the list's German and Japanese words have no source); the assistant fills Manage claim.
      await portal
        .samlSection(t('attributesClaims'))
        .getByRole('button', { name: t('edit') })
        .click();
      await page.waitForURL(/AttributesAndClaimsBlade/);
      for (const name of ['emailaddress', 'givenname', 'surname']) {
        await portal.link('AttributesAndClaims', `${DEFAULT_CLAIM}/${name}`).click();
        await expect(portal.paneTitle()).toHaveText(t('manageClaim'));
        const claims = assistant(page, 'entra/claims', 'any');
        await claims.click('Fill from JustCall');
        await expect.poll(() => claims.statuses()).toHaveLength(4);
        expect((await claims.statuses()).filter((x) => x === 'failed' || x === 'not-found' || x === 'conflict')).toEqual([]);
        await portal.command('ManageClaim', t('save')).click();
        await expect(page.locator('.fxs-contextpane')).toBeHidden();
      }
      await page.goBack();
      await page.waitForURL(/preferredSingleSignOnMode\/saml/);
      await expectStep(panel, 'claims', 'done');

      // SAML certificates and "Set up JustCall": the background fetches the metadata; in German, Anmelde-URL here is the Login URL.
      await expectStep(panel, 'certificate', 'done');
      await expect(stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-source')).toContainText(
        'federation metadata',
      );

      // Step 5: assign Adele (the admin's own picks).
      await entraAssign(portal, 'Adele', 'Adele Vance');

      // Step 4: JustCall from Entra: the Login URL and Identifier read from the German section 4.
      await page.goto(JUSTCALL_SSO);
      const jc = assistant(page, 'justcall/sso');
      await jc.click('Fill from Entra');
      await expect.poll(() => jc.statuses()).toHaveLength(4);
      for (const field of ['ssoUrl', 'issuer', 'certificate']) await expectFieldStatus(jc, field, 'filled');
      const tenant = world.runtime.state.tenant.id;
      await expect(page.getByRole('textbox', { name: 'SSO URL' })).toHaveValue(`https://login.microsoftonline.com/${tenant}/saml2`);
      await page.getByRole('button', { name: 'Save Configuration' }).click();
      await expect(page.getByText('SSO configuration saved.')).toBeVisible();
      await page.getByRole('button', { name: 'Test Connection' }).click();
      await expect(page.getByText(/Connection successful/)).toBeVisible();
      for (const step of ['justcall-sso', 'create-app', 'basic-saml', 'claims', 'certificate', 'justcall-idp'])
        await expectStep(panel, step, 'done');

      const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
      expect(app?.replyUrls.map((u) => u.value)).toEqual(['https://bifrost.justcall.io/passport/login/callback']);
      expect(app?.signOnUrl).toBe('https://app.justcall.io/login');
      await spInitiatedLogin(page, 'adele.vance@contoso.onmicrosoft.com');
      await expect(page.locator('body')).toContainText('Signed in as adele.vance@contoso.com');
    });
  });
}
