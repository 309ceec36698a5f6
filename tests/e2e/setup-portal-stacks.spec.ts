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
import { Portal } from './support/world-portal';
import { entraAssign } from './support/world-by-hand';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';

// The Fluent Save-after-fill race (issue 9's note): its cause is fixed by writing one field per settled frame, but one
// fresh-clone CI run after that fix still lost a claim field once, on a loaded machine. One retry, which Playwright
// reports as "flaky", keeps any recurrence visible without blocking the suite, until runs show it gone.
test.describe.configure({ retries: 1 });

/**
 * The assistant's happy path on the real portal's two UI stacks: Knockout
 * blades drawn in the shell's top document (azc controls, labels beside the
 * inputs, toolbar items, tree-item dropdowns) and Fluent UI v8 React views in
 * sandboxed iframes (pane titles only in the shell, DetailsList grids,
 * dropdown options in a layer, ComboBoxes opened from their chevron). The
 * admin's own actions go through the Portal helper; every setup field is the
 * assistant's to fill.
 */

for (const stack of ['fluent', 'knockout'] as const) {
  test.describe(`on ${stack} views`, () => {
    const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: stack, loadDelayMs: E2E_LOAD_DELAY_MS };
    test.use({ worldUi: ui });
    test.beforeEach(async ({ ext }) => {
      await ext.clearStorage();
    });

    test('the assistant takes a fresh account and an empty tenant to a working SSO sign-in', async ({ page, ext, world }) => {
      test.setTimeout(240_000);
      const portal = new Portal(page, ui);
      const t = portal.t;
      const panel = await ext.openSidePanel();
      await panel.setViewportSize({ width: 420, height: 900 });
      // The portal's tab in front, as the admin has it: a background tab paints no animation frames, and Fluent's
      // CommandBar swaps in its up-to-date Save only after one.
      await page.bringToFront();

      // Step 1: JustCall.
      await loginJustCallOwner(page);
      await page.goto(JUSTCALL_SSO);
      await page.getByRole('switch', { name: 'Enable SSO' }).click();
      await page.getByRole('radio', { name: 'SAML 2.0' }).check();
      await panel.getByLabel('I understand, and I have a way back in').check();
      await expectStep(panel, 'justcall-sso', 'done');

      // Step 2: create the app.
      await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`);
      await portal.command('EnterpriseAppsList', t('newApplication')).click();
      await portal.command('AppGallery', t('createOwnApp')).click();
      await expect(portal.paneTitle()).toHaveText(t('createOwnApp'));
      const create = assistant(page, 'entra/create-app', 'any');
      await create.click('Fill from JustCall');
      await expectControlText(create, `${t('appNameQuestion')}: filled`);
      await expect(portal.field('CreateOwnApplication', t('appNameQuestion'))).toHaveValue('JustCall');
      await expect(portal.scope('CreateOwnApplication').getByRole('radio', { name: t('kindNonGallery'), exact: true })).toBeChecked();
      await portal.button('CreateOwnApplication', t('create')).click();
      await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
      await expectStep(panel, 'create-app', 'done');

      // Step 3a: Basic SAML Configuration: no Identifier or Reply URL row until the assistant adds them.
      await portal.menu(t('singleSignOn')).click();
      await portal.button('SingleSignOnMethods', new RegExp(`^${t('saml')}\\b`)).click();
      await page.waitForURL(/preferredSingleSignOnMode\/saml/);
      await portal
        .samlSection(t('basicSaml'))
        .getByRole('button', { name: t('edit') })
        .click();
      await expect(portal.paneTitle()).toHaveText(t('basicSaml'));
      const basic = assistant(page, 'entra/basic-saml', 'any');
      await basic.click('Fill from JustCall');
      await expect.poll(() => basic.statuses()).toEqual(['filled', 'filled', 'filled']);
      await portal.command('BasicSamlConfiguration', t('save')).click();
      await expect(portal.notification(t('savedSso'))).toBeVisible();
      await portal.closePane();
      await expect(portal.samlSection(t('basicSaml'))).toContainText('JustCall');
      await expectStep(panel, 'basic-saml', 'done');

      // Step 3b: Attributes & Claims. The assistant points at each default claim; the admin opens it, the assistant fills, the admin saves.
      await portal
        .samlSection(t('attributesClaims'))
        .getByRole('button', { name: t('edit') })
        .click();
      await page.waitForURL(/AttributesAndClaimsBlade/);
      for (let i = 0; i < 3; i++) {
        const next = portal.scope('AttributesAndClaims').locator('[data-sso-assistant-highlight]');
        await expect(next).toHaveCount(1);
        await next.click();
        await expect(portal.paneTitle()).toHaveText(t('manageClaim'));
        const claims = assistant(page, 'entra/claims', 'any');
        await claims.click('Fill from JustCall');
        await expect.poll(() => claims.statuses()).toHaveLength(4);
        expect((await claims.statuses()).filter((x) => x === 'failed' || x === 'not-found' || x === 'conflict')).toEqual([]);
        await portal.command('ManageClaim', t('save')).click();
        await expect(page.locator('.fxs-contextpane')).toBeHidden();
      }
      await expectStep(panel, 'claims', 'done');
      await page.goBack();
      await page.waitForURL(/preferredSingleSignOnMode\/saml/);

      // SAML Certificates and Set up JustCall: the background fetches the metadata.
      await expectStep(panel, 'certificate', 'done');
      await expect(stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-source')).toContainText(
        'federation metadata',
      );

      // Step 5: assign Adele (the admin's own picks).
      await entraAssign(portal, 'Adele', 'Adele Vance');
      await expectStep(panel, 'assignment', 'done');

      // Step 4: JustCall from Entra.
      await page.goto(JUSTCALL_SSO);
      const jc = assistant(page, 'justcall/sso');
      await jc.click('Fill from Entra');
      await expect.poll(() => jc.statuses()).toHaveLength(4);
      for (const field of ['ssoUrl', 'issuer', 'certificate']) await expectFieldStatus(jc, field, 'filled');
      await page.getByRole('button', { name: 'Save Configuration' }).click();
      await expect(page.getByText('SSO configuration saved.')).toBeVisible();
      await page.getByRole('button', { name: 'Test Connection' }).click();
      await expect(page.getByText(/Connection successful/)).toBeVisible();
      for (const step of ['justcall-sso', 'create-app', 'basic-saml', 'claims', 'certificate', 'justcall-idp', 'assignment'])
        await expectStep(panel, step, 'done');

      const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
      expect(app?.replyUrls.map((u) => u.value)).toEqual(['https://bifrost.justcall.io/passport/login/callback']);
      await spInitiatedLogin(page, 'adele.vance@contoso.onmicrosoft.com');
      await expect(page.locator('body')).toContainText('Signed in as adele.vance@contoso.com');
    });
  });
}
