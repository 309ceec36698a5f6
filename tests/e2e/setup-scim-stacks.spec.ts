import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { applyScenario } from '@/tests/world/server/scenarios';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';
import {
  assistant,
  expectControlText,
  expectFieldStatus,
  expectStep,
  JUSTCALL_PROVISIONING,
  justcallApp,
  loginJustCallOwner,
} from './support/setup-flows';
import { Portal } from './support/world-portal';
import { SCIM_TOKEN_KEY } from '@/utils/setup/session';

/**
 * SCIM on the real portal's stacks and both provisioning layouts: the classic
 * page (Get started, Provisioning Mode, Admin Credentials, Status, Save) and
 * the newer flow (New configuration, Authentication Method, Test connection,
 * then Create). The assistant fills; the admin tests, creates or saves.
 */

const CASES = [
  { stack: 'fluent', provisioningUi: 'classic' },
  { stack: 'knockout', provisioningUi: 'classic' },
  { stack: 'fluent', provisioningUi: 'new' },
  { stack: 'knockout', provisioningUi: 'new' },
] as const;

for (const { stack, provisioningUi } of CASES) {
  test.describe(`${provisioningUi} provisioning on ${stack} views`, () => {
    const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: stack, provisioningUi, loadDelayMs: E2E_LOAD_DELAY_MS };
    test.use({ worldUi: ui });
    test.beforeEach(async ({ ext }) => {
      await ext.clearStorage();
    });

    test('the assistant carries Tenant URL and Secret Token into the form the admin confirms', async ({ page, ext, world }) => {
      test.setTimeout(120_000);
      await applyScenario(world.runtime, 'configured');
      const { objectId, appId } = justcallApp(world.runtime.state);
      const scim = world.runtime.state.justcall.scim;
      const portal = new Portal(page, ui);
      const t = portal.t;
      const panel = await ext.openSidePanel();
      await page.bringToFront();

      await loginJustCallOwner(page);
      await page.goto(JUSTCALL_PROVISIONING);
      await page.locator('[data-sso-assistant-highlight]').click();
      await expect
        .poll(async () => (await ext.storage('session', SCIM_TOKEN_KEY))[SCIM_TOKEN_KEY])
        .toMatchObject({ value: scim.secretToken });

      await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${objectId}/appId/${appId}`);
      const view = provisioningUi === 'classic' ? 'ProvisioningClassic' : 'ProvisioningNew';
      if (provisioningUi === 'classic') {
        await portal.button(view, t('getStarted')).click();
        const mode = assistant(page, 'entra/provisioning', 'any');
        await mode.click('Fill from JustCall');
        await expectFieldStatus(mode, 'mode', 'filled');
      } else {
        await portal.command(view, t('newConfiguration')).click();
      }
      const credentials = assistant(page, 'entra/provisioning-credentials', 'any');
      await expectControlText(credentials, 'confirm that JustCall');
      const prompt = panel.locator('[data-secret-request]');
      await expect(prompt).toContainText(stack === 'fluent' ? 'reactblade' : 'entra.microsoft.com');
      await prompt.getByRole('button', { name: 'Let this form have the token' }).click();
      await credentials.click('Fill from JustCall');
      await expectFieldStatus(credentials, 'tenantUrl', 'filled');
      await expectFieldStatus(credentials, 'secretToken', 'filled');
      await expect(portal.field(view, t('tenantUrl'))).toHaveValue(scim.tenantUrl);

      const testName = provisioningUi === 'classic' ? t('testConnection') : t('testConnectionNew');
      await expect(portal.button(view, testName)).toHaveAttribute('data-sso-assistant-highlight', '');
      await portal.button(view, testName).click();
      await expect(
        portal.scope(view).getByRole('status').filter({ hasText: 'The supplied credentials are authorized to enable provisioning' }),
      ).toBeVisible();
      if (provisioningUi === 'classic') {
        if (stack === 'fluent')
          await portal
            .scope(view)
            .getByRole('switch', { name: t('provisioningStatus') })
            .click();
        else
          await portal
            .scope(view)
            .getByRole('radio', { name: t('on'), exact: true })
            .click();
        await portal.command(view, t('save')).click();
        await expect(portal.notification(t('savedProvisioning'))).toBeVisible();
        // Done once Entra shows what it stored: the overview, after leaving the editor.
        await portal.command(view, t('discard')).click();
        await expect(portal.scope(view).getByText(t('currentCycle'))).toBeVisible();
      } else {
        await expect(portal.button(view, t('create'))).toHaveAttribute('data-sso-assistant-highlight', '');
        await portal.button(view, t('create')).click();
        await expect(portal.notification(t('configurationCreated'))).toBeVisible();
        await portal.command(view, t('startProvisioning')).click();
        await expect(portal.notification(t('provisioningStarted'))).toBeVisible();
      }
      await expectStep(panel, 'scim', 'done');
      const app = world.runtime.state.apps.find((a) => a.objectId === objectId);
      expect(app?.provisioning).toMatchObject({ tenantUrl: scim.tenantUrl, secretToken: scim.secretToken });
    });
  });
}
