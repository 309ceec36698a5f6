import { test, expect } from './support/fixtures';
import {
  assistant,
  BLADE,
  bladeOf,
  ENTERPRISE_APPS,
  expectFieldStatus,
  expectStep,
  JUSTCALL_SSO,
  loginJustCallOwner,
  stepCard,
} from './support/setup-flows';

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test('the service worker stops mid-flow; the wizard and the session carry on', async ({ page, ext }) => {
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_SSO);
  await page.getByRole('switch', { name: 'Enable SSO' }).click();
  await page.getByRole('radio', { name: 'SAML 2.0' }).check();
  await panel.getByLabel('I understand, and I have a way back in').check();
  await expectStep(panel, 'justcall-sso', 'done');

  // A marker in the worker's global scope: it is gone once the worker really stopped.
  const marker = async () =>
    (await ext.serviceWorker()).evaluate(() => (globalThis as Record<string, unknown>).__setupProbe ?? null).catch(() => null);
  await (
    await ext.serviceWorker()
  ).evaluate(() => {
    (globalThis as Record<string, unknown>).__setupProbe = 'alive';
  });
  expect(await marker()).toBe('alive');
  await ext.stopServiceWorker();
  await expect.poll(marker, { timeout: 10_000 }).toBeNull();

  // The panel still shows what was done (it reads storage, not the worker).
  await panel.reload();
  await expectStep(panel, 'justcall-sso', 'done');

  // The next message wakes the worker, which picks the session up from storage.
  await page.goto(ENTERPRISE_APPS);
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'New application' }).click();
  await blade.getByRole('button', { name: 'Create your own application' }).click();
  const create = assistant(page, 'entra/create-app', BLADE);
  await create.click('Fill from JustCall');
  await expectFieldStatus(create, 'appName', 'filled');
  await blade.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
  await expectStep(panel, 'create-app', 'done');
  await expectStep(panel, 'justcall-sso', 'done');
  await expect(stepCard(panel, 'justcall-sso').locator('[data-value-key="acsUrl"] .value-source')).toContainText('Read from JustCall');
  await expect(panel.locator('.changelog-entries li').filter({ hasText: "What's the name of your app?" })).toHaveCount(1);
  expect(await marker()).toBeNull();
});
