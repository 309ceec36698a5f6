import { test, expect } from './support/fixtures';
import { readmeShot } from './support/screenshots';
import { applyScenario } from '@/tests/world/server/scenarios';
import {
  assistant,
  BLADE,
  expectControlText,
  bladeOf,
  expectFieldStatus,
  expectStep,
  frameOnHost,
  JUSTCALL_PROVISIONING,
  justcallApp,
  loginJustCallOwner,
} from './support/setup-flows';
import { SCIM_TOKEN_KEY, SETUP_SESSION_KEY } from '@/utils/setup/session';

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test('SCIM: the assistant carries Tenant URL and Secret Token; a cycle creates and then deactivates the user', async ({
  page,
  ext,
  world,
}) => {
  test.setTimeout(120_000);
  await applyScenario(world.runtime, 'configured');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const scim = world.runtime.state.justcall.scim;
  const panel = await ext.openSidePanel();
  await page.bringToFront();

  // JustCall: the token is masked; the assistant points at Reveal, then reads both values.
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_PROVISIONING);
  const reveal = page.locator('[data-sso-assistant-highlight]');
  await expect(reveal).toHaveText('Reveal');
  await reveal.click();
  await expect.poll(async () => (await ext.storage('session', SCIM_TOKEN_KEY))[SCIM_TOKEN_KEY]).toMatchObject({ value: scim.secretToken });
  // Never in storage.local.
  expect(JSON.stringify(await ext.storage('local'))).not.toContain(scim.secretToken);
  await expectStep(panel, 'scim', 'in-progress');

  // Entra: Provisioning → Get started → Automatic; Admin Credentials filled in the Knockout frame.
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${objectId}/appId/${appId}`,
  );
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'Get started' }).click();
  const mode = assistant(page, 'entra/provisioning', BLADE);
  await mode.click('Fill from JustCall');
  await expectFieldStatus(mode, 'mode', 'filled');
  const creds = blade.frameLocator('iframe[name=AdminCredentials]');
  const credentials = assistant(page, 'entra/provisioning-credentials', frameOnHost(/^provisioning\.reactblade\.portal\.azure\.net$/));
  // The token goes nowhere until the admin says where, in the side panel, which names the form's frame.
  await expectControlText(credentials, 'confirm that JustCall');
  expect((await credentials.snapshot()).buttons).not.toContain('Fill from JustCall');
  const prompt = panel.locator('[data-secret-request]');
  await expect(prompt).toContainText('entra.microsoft.com');
  await expect(prompt).toContainText('provisioning.reactblade.portal.azure.net');
  await prompt.getByRole('button', { name: 'Let this form have the token' }).click();
  await expect(prompt).toHaveCount(0);
  await credentials.click('Fill from JustCall');
  await expectFieldStatus(credentials, 'tenantUrl', 'filled');
  await expectFieldStatus(credentials, 'secretToken', 'filled');
  // Filled, so forgotten.
  await expect.poll(async () => (await ext.storage('session', SCIM_TOKEN_KEY))[SCIM_TOKEN_KEY]).toBeUndefined();
  const testButton = creds.getByRole('button', { name: 'Test Connection' });
  await expect(testButton).toHaveAttribute('data-sso-assistant-highlight', '');
  await testButton.click();
  await expect(creds.getByRole('status')).toContainText('authorized to enable provisioning');
  await blade.getByRole('button', { name: 'On', exact: true }).click();
  await blade.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(blade.getByText('Saved provisioning configuration', { exact: true })).toBeVisible();
  await expectStep(panel, 'scim', 'done');
  // The overview after closing the editor reads the same.
  await blade.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(blade.getByRole('region', { name: 'Current cycle status' })).toBeVisible();
  await expectStep(panel, 'scim', 'done');
  const app = world.runtime.state.apps.find((a) => a.objectId === objectId);
  expect(app?.provisioning).toMatchObject({ mode: 'Automatic', tenantUrl: scim.tenantUrl, secretToken: scim.secretToken, status: 'On' });
  const log = JSON.stringify(((await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY] as { changelog: unknown[] }).changelog);
  expect(log).not.toContain(scim.secretToken);

  // A cycle creates the assigned user in JustCall; disabling her in Entra deactivates her.
  const run = () =>
    page.evaluate(async () =>
      (await fetch('/__world/provisioning/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json(),
    );
  await run();
  const adele = () => world.runtime.state.justcall.users.find((u) => u.email === 'adele.vance@contoso.com');
  expect(adele()).toMatchObject({ active: true, source: 'scim' });
  const adeleId = world.runtime.state.users.find((u) => u.mail === 'adele.vance@contoso.com')?.id ?? '';
  await page.evaluate(async (id) => fetch(`/__world/users/${encodeURIComponent(id)}/disable`, { method: 'POST' }), adeleId);
  await run();
  expect(adele()?.active).toBe(false);
  await readmeShot(panel, 'wizard-scim');
});
