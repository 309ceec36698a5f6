import { test, expect } from './support/fixtures';
import { bladeOf, control, ENTERPRISE_APPS, expectStep, JUSTCALL_SSO, loginJustCallOwner, stepCard } from './support/setup-flows';

test('explore', async ({ page, ext, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await ext.openSidePanel();
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_SSO);
  await page.getByRole('switch', { name: 'Enable SSO' }).click();
  await page.getByRole('radio', { name: 'SAML 2.0' }).check();
  await expect(control(page, 'justcall/sso')).toBeVisible();
  await page.screenshot({ path: 'test-results/setup-explore-1.png' });
  await panel.bringToFront();
  await expectStep(panel, 'justcall-sso', 'in-progress');
  await panel.getByLabel('I understand, and I have a way back in').check();
  await expectStep(panel, 'justcall-sso', 'done');
  await panel.screenshot({ path: 'test-results/setup-explore-panel.png', fullPage: true });
  await page.bringToFront();
  await page.goto(ENTERPRISE_APPS);
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'New application' }).click();
  await blade.getByRole('button', { name: 'Create your own application' }).click();
  await control(blade, 'entra/create-app').getByRole('button', { name: 'Fill from JustCall' }).click();
  await page.screenshot({ path: 'test-results/setup-explore-2.png' });
  await blade.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
  await expectStep(panel, 'create-app', 'done');
});
