import { test, expect } from './support/fixtures';
import type { SeenPage } from '@/utils/messages/portal-pages';

/** (a) The content scripts run on both portals, including inside Entra's cross-origin blade iframes. */
test('content scripts announce JustCall, the Entra shell and its reactblade iframe; the side panel lists them', async ({
  page,
  world,
  ext,
}) => {
  await ext.clearStorage();
  await world.applyScenario('app-exists');
  const app = world.runtime.state.apps[0];
  if (!app) throw new Error('scenario app-exists made no app');

  await page.goto('https://app.justcall.io/app/settings/security/sso');
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${app.objectId}/appId/${app.appId}/preferredSingleSignOnMode/saml`,
  );
  const blade = page.frameLocator('iframe[src*="reactblade.portal.azure.net"]');
  await expect(blade.getByText('Basic SAML Configuration').first()).toBeVisible();

  const seen = async (): Promise<SeenPage[]> => ((await ext.storage('session', 'seenPages')).seenPages ?? []) as SeenPage[];
  await expect
    .poll(async () => (await seen()).map((p) => `${p.portal}:${new URL(p.url).host}:${p.topFrame}`).sort())
    .toEqual(
      expect.arrayContaining([
        'justcall:app.justcall.io:true',
        'entra:entra.microsoft.com:true',
        'entra:sso.reactblade.portal.azure.net:false',
      ]),
    );

  const panel = await ext.openSidePanel();
  // The list sits in a collapsed section below the wizard.
  const summary = panel.locator('summary', { hasText: 'Portal pages seen' });
  if ((await summary.count()) > 0) await summary.click();
  const list = panel.getByRole('list', { name: 'Portal pages seen' });
  await expect(list).toContainText('JustCall');
  await expect(list).toContainText('Microsoft Entra admin center');
  await expect(list).toContainText('sso.reactblade.portal.azure.net');
  await panel.close();
});

test('the Entra content script also runs in the Knockout frame nested in the blade, on its own host', async ({ page, world, ext }) => {
  await ext.clearStorage();
  await world.applyScenario('app-exists');
  const app = world.runtime.state.apps[0];
  if (!app) throw new Error('scenario app-exists made no app');
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${app.objectId}/appId/${app.appId}`,
  );
  const blade = page.frameLocator('iframe[name=ReactView]');
  await blade.getByRole('button', { name: 'Get started' }).click();
  await blade.getByRole('button', { name: /Provisioning Mode/ }).click();
  await blade.getByRole('option', { name: 'Automatic' }).click();
  await expect(blade.frameLocator('iframe[name=AdminCredentials]').getByLabel('Tenant URL')).toBeVisible();
  const seenHosts = async () =>
    (((await ext.storage('session', 'seenPages')).seenPages ?? []) as SeenPage[]).map((p) => `${new URL(p.url).host}:${p.topFrame}`);
  await expect.poll(seenHosts).toContain('provisioning.reactblade.portal.azure.net:false');
});
