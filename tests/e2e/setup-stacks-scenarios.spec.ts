import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { applyScenario } from '@/tests/world/server/scenarios';
import { JUSTCALL_ACS_URL } from '@/tests/world/server/store';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';
import {
  assistant,
  expectControlText,
  expectFieldStatus,
  expectStep,
  JUSTCALL_SSO,
  justcallApp,
  loginJustCallOwner,
  openSamlPage,
  stepCard,
} from './support/setup-flows';
import { Portal } from './support/world-portal';

/**
 * The classic drawing's scenarios (setup-conflicts, setup-service-worker) on
 * the real portal's two UI stacks (issue 9, point 4): a Reply URL conflict,
 * a renamed label, a certificate rotation, and a service worker restarted
 * mid-setup. The happy path and SCIM have their own stack specs.
 */

for (const stack of ['fluent', 'knockout'] as const) {
  test.describe(`on ${stack} views`, () => {
    const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: stack, loadDelayMs: E2E_LOAD_DELAY_MS };
    test.use({ worldUi: ui });
    test.beforeEach(async ({ ext }) => {
      await ext.clearStorage();
    });

    test('a wrong Reply URL is a conflict, replaced only after consent', async ({ page, ext, world }) => {
      test.setTimeout(120_000);
      await applyScenario(world.runtime, 'wrong-reply-url');
      const { objectId, appId } = justcallApp(world.runtime.state);
      const portal = new Portal(page, ui);
      const t = portal.t;
      const panel = await ext.openSidePanel();
      await page.bringToFront();
      await openSamlPage(page, objectId, appId);
      await expectStep(panel, 'basic-saml', 'problem');
      await expect(stepCard(panel, 'basic-saml').locator('[data-problem="reply-url-mismatch"]')).toContainText(JUSTCALL_ACS_URL);

      await portal
        .samlSection(t('basicSaml'))
        .getByRole('button', { name: t('edit') })
        .click();
      await expect(portal.paneTitle()).toHaveText(t('basicSaml'));
      const basic = assistant(page, 'entra/basic-saml', 'any');
      // The control mounts once the engine has seen the pane.
      await expect.poll(() => basic.exists()).toBe(true);
      await basic.click('Fill from JustCall');
      await expectFieldStatus(basic, 'replyUrl', 'conflict');
      expect(await basic.text()).not.toContain('Now click');
      expect(world.runtime.state.apps.find((a) => a.objectId === objectId)?.replyUrls.map((u) => u.value)).toEqual([
        'https://bifrost.justcall.io/passport/login',
      ]);
      await basic.click(/Replace the value of Reply URL/);
      await expectFieldStatus(basic, 'replyUrl', 'filled');
      await expectControlText(basic, 'Now click');
      await portal.command('BasicSamlConfiguration', t('save')).click();
      await expect(portal.notification(t('savedSso'))).toBeVisible();
      await portal.closePane();
      await expectStep(panel, 'basic-saml', 'done');
      expect(world.runtime.state.apps.find((a) => a.objectId === objectId)?.replyUrls.map((u) => u.value)).toEqual([JUSTCALL_ACS_URL]);
    });

    test('a renamed label: the control and the wizard name the field, with its value to paste', async ({ page, ext, world }) => {
      test.setTimeout(120_000);
      await applyScenario(world.runtime, 'app-exists');
      // A wording no variant lists (the default rename still matches Knockout's shorter aria-label "Reply URL").
      await applyScenario(world.runtime, 'renamed-label', {
        labels: { 'Reply URL (Assertion Consumer Service URL)': 'Response address (ACS)' },
      });
      const { objectId, appId } = justcallApp(world.runtime.state);
      const portal = new Portal(page, ui);
      const t = portal.t;
      const panel = await ext.openSidePanel();
      await page.bringToFront();
      await openSamlPage(page, objectId, appId);
      await portal
        .samlSection(t('basicSaml'))
        .getByRole('button', { name: t('edit') })
        .click();
      await expect(portal.paneTitle()).toHaveText(t('basicSaml'));
      const basic = assistant(page, 'entra/basic-saml', 'any');
      // The control mounts once the engine has seen the pane.
      await expect.poll(() => basic.exists()).toBe(true);
      await basic.click('Fill from JustCall');
      await expectFieldStatus(basic, 'identifier', 'filled');
      await expectFieldStatus(basic, 'replyUrl', /not-found|failed/);
      await expect.poll(() => basic.fieldText('replyUrl')).toContain(JUSTCALL_ACS_URL);
      const missing = stepCard(panel, 'basic-saml').locator('[data-missing]');
      await expect(missing).toContainText('Reply URL');
      await expect(missing.getByRole('button', { name: /Copy Reply URL/ })).toBeVisible();
    });

    test('a rotated certificate shows as a mismatch, and filling JustCall again fixes it', async ({ page, ext, world }) => {
      test.setTimeout(120_000);
      await applyScenario(world.runtime, 'configured');
      const { objectId, appId } = justcallApp(world.runtime.state);
      const panel = await ext.openSidePanel();
      await page.bringToFront();
      await loginJustCallOwner(page);
      await page.goto(JUSTCALL_SSO);
      await expectStep(panel, 'justcall-idp', 'done');
      await openSamlPage(page, objectId, appId);
      const portal = new Portal(page, ui);
      await expect(portal.samlSection(portal.t('samlCertificates'))).toBeVisible();
      await expectStep(panel, 'certificate', 'done');
      const value = stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-text');
      const before = await value.innerText();

      await applyScenario(world.runtime, 'cert-rotated');
      await page.reload();
      await expect(value).not.toHaveText(before);
      await page.goto(JUSTCALL_SSO);
      await expectStep(panel, 'justcall-idp', 'problem');
      await expect(stepCard(panel, 'justcall-idp').locator('[data-problem="certificate-mismatch"]')).toContainText('rotation');
      const sso = assistant(page, 'justcall/sso');
      await sso.click('Fill from Entra');
      await expectFieldStatus(sso, 'certificate', 'conflict');
      await sso.click(/Replace the value of Certificate/);
      await expectFieldStatus(sso, 'certificate', 'filled');
      await page.getByRole('button', { name: 'Save Configuration' }).click();
      await page.getByRole('button', { name: 'Test Connection' }).click();
      await expect(page.getByText(/Connection successful/)).toBeVisible();
      await expectStep(panel, 'justcall-idp', 'done');
    });

    test('the service worker stops mid-setup; the next fill picks the session up from storage', async ({ page, ext }) => {
      test.setTimeout(120_000);
      const portal = new Portal(page, ui);
      const t = portal.t;
      const panel = await ext.openSidePanel();
      await page.bringToFront();
      await loginJustCallOwner(page);
      await page.goto(JUSTCALL_SSO);
      await page.getByRole('switch', { name: 'Enable SSO' }).click();
      await page.getByRole('radio', { name: 'SAML 2.0' }).check();
      await panel.getByLabel('I understand, and I have a way back in').check();
      await expectStep(panel, 'justcall-sso', 'done');

      const marker = async () =>
        (await ext.serviceWorker()).evaluate(() => (globalThis as Record<string, unknown>).__setupProbe ?? null).catch(() => null);
      await (
        await ext.serviceWorker()
      ).evaluate(() => {
        (globalThis as Record<string, unknown>).__setupProbe = 'alive';
      });
      await ext.stopServiceWorker();
      await expect.poll(marker, { timeout: 10_000 }).toBeNull();

      await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`);
      await portal.command('EnterpriseAppsList', t('newApplication')).click();
      await portal.command('AppGallery', t('createOwnApp')).click();
      await expect(portal.paneTitle()).toHaveText(t('createOwnApp'));
      const create = assistant(page, 'entra/create-app', 'any');
      await create.click('Fill from JustCall');
      await expectControlText(create, `${t('appNameQuestion')}: filled`);
      await portal.button('CreateOwnApplication', t('create')).click();
      await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
      await expectStep(panel, 'create-app', 'done');
      await expectStep(panel, 'justcall-sso', 'done');
      await expect(stepCard(panel, 'justcall-sso').locator('[data-value-key="acsUrl"] .value-source')).toContainText('Read from JustCall');
      expect(await marker()).toBeNull();
    });
  });
}
