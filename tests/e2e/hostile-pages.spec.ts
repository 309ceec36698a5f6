import type { Frame, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { applyScenario } from '@/tests/world/server/scenarios';
import { ATTACKER_ACS, ATTACKER_HOSTING_HOST, ATTACKER_SCIM, ATTACKER_TENANT, JUSTCALL_ATTACK_PATHS } from '@/tests/world/server/hostile';
import { JUSTCALL_ACS_URL } from '@/tests/world/server/store';
import {
  assistant,
  BLADE,
  bladeOf,
  expectControlText,
  expectFieldStatus,
  expectStep,
  frameOnHost,
  JUSTCALL_PROVISIONING,
  justcallApp,
  loginJustCallOwner,
  openSamlPage,
  stepCard,
} from './support/setup-flows';
import { SCIM_TOKEN_KEY, SETUP_SESSION_KEY } from '@/utils/setup/session';

/**
 * Issue 11's hostile-page suite. The world's attacker pages (tests/world/server/hostile.ts)
 * sit where the content scripts run: another team's portal extension framed into the
 * admin center on a *.hosting.portal.azure.net host, and pages on app.justcall.io itself.
 * Each test tries an attack, shows it fails, and then shows the legitimate flow beside it
 * still works.
 */

const ATTACKER = new RegExp(`^${ATTACKER_HOSTING_HOST.replace(/\./g, '\\.')}$`);

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

/** Frames an attacker page into the admin center, as any portal extension's frame is. */
async function frameAttacker(page: Page, path: string): Promise<Frame> {
  const src = `https://${ATTACKER_HOSTING_HOST}${path}`;
  await page.evaluate((url) => {
    const f = document.createElement('iframe');
    f.src = url;
    f.name = 'PartnerExtension';
    f.style.cssText = 'position:fixed;right:0;bottom:0;width:640px;height:360px;z-index:10;background:#fff';
    document.body.append(f);
  }, src);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(src))).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(src));
  if (!frame) throw new Error('unreachable');
  await frame.waitForLoadState();
  return frame;
}

interface Reached {
  shadowRoots: number;
  buttons: number;
}

test("another extension's lookalike Admin Credentials frame never gets the Secret Token, whoever presses Fill", async ({
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
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_PROVISIONING);
  await page.locator('[data-sso-assistant-highlight]').click();
  await expect.poll(async () => (await ext.storage('session', SCIM_TOKEN_KEY))[SCIM_TOKEN_KEY]).toMatchObject({ value: scim.secretToken });

  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${objectId}/appId/${appId}`,
  );
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'Get started' }).click();
  const mode = assistant(page, 'entra/provisioning', BLADE);
  await mode.click('Fill from JustCall');
  await expectFieldStatus(mode, 'mode', 'filled');
  const attacker = await frameAttacker(page, '/credentials');

  // The assistant reads the lookalike form, and says the token does not go there.
  const fake = assistant(page, 'entra/provisioning-credentials', frameOnHost(ATTACKER));
  await expectControlText(fake, "not in the admin center's own page");
  // Page script in that frame reaches neither the control's shadow root nor its buttons.
  const reached = (await attacker.evaluate(() => (window as unknown as { __attack: Reached }).__attack)) as Reached;
  expect(reached).toEqual({ shadowRoots: 0, buttons: 0 });

  // The side panel asks for the admin center's own form only.
  const prompt = panel.locator('[data-secret-request]');
  await expect(prompt).toContainText('provisioning.reactblade.portal.azure.net');
  await expect(prompt).not.toContainText(ATTACKER_HOSTING_HOST);
  await prompt.getByRole('button', { name: 'Let this form have the token' }).click();
  await expect(prompt).toHaveCount(0);

  // An untrusted press does nothing at all; the admin's own press fills what is not secret, never the token.
  await fake.untrustedClick('Fill from JustCall');
  await expect(attacker.locator('#tenant')).toHaveValue('');
  await fake.click('Fill from JustCall');
  await expectFieldStatus(fake, 'secretToken', 'failed');
  await expect(attacker.locator('#token')).toHaveValue('');

  // The legitimate form, released by the admin, still gets it.
  const credentials = assistant(page, 'entra/provisioning-credentials', frameOnHost(/^provisioning\.reactblade\.portal\.azure\.net$/));
  await credentials.click('Fill from JustCall');
  await expectFieldStatus(credentials, 'secretToken', 'filled');
  await expect(blade.frameLocator('iframe[name=AdminCredentials]').getByLabel('Secret Token')).toHaveValue(scim.secretToken);
  await expect(attacker.locator('#token')).toHaveValue('');
});

test("another extension's lookalike SAML sections steer nothing: no other tenant's metadata, no attacker Login URL", async ({
  page,
  ext,
  world,
}) => {
  await applyScenario(world.runtime, 'configured');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await openSamlPage(page, objectId, appId);
  await frameAttacker(page, '/saml');
  const seenHosts = async () =>
    (((await ext.storage('session', 'seenPages')).seenPages ?? []) as { url: string }[]).map((p) => new URL(p.url).host);
  await expect.poll(seenHosts).toContain(ATTACKER_HOSTING_HOST);

  // The real page's values arrive and are used (the control half of this test).
  await expectStep(panel, 'certificate', 'done');
  await expect(stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-source')).toContainText('federation metadata');
  // Reload the attacker's frame once more, after the real values are in: it still changes nothing.
  await frameAttacker(page, '/saml?again=1');
  await expectStep(panel, 'basic-saml', 'done');

  const session = JSON.stringify((await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY] ?? {});
  expect(session).not.toContain(ATTACKER_TENANT);
  expect(session).not.toContain('collect.attacker.example');
  expect(world.runtime.state.metadataFetches.map((f) => f.tenant)).not.toContain(ATTACKER_TENANT);
  expect(world.runtime.state.metadataFetches.map((f) => f.tenant)).toContain(world.runtime.state.tenant.id);
});

test("a lookalike SSO page on app.justcall.io: its ACS URL waits loudly for the admin, and Entra gets JustCall's", async ({
  page,
  ext,
  world,
}) => {
  await applyScenario(world.runtime, 'app-exists');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await loginJustCallOwner(page);
  await page.goto(`https://app.justcall.io${JUSTCALL_ATTACK_PATHS.sso}`);

  const pending = panel.locator('[data-pending="acsUrl"]');
  await expect(pending).toHaveClass(/unusual-host/);
  await expect(pending).toContainText(ATTACKER_ACS);
  await expect(pending).toContainText('Check this');

  // Basic SAML is planned with JustCall's documented ACS URL, not the attacker's.
  await openSamlPage(page, objectId, appId);
  const blade = bladeOf(page);
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  const basic = assistant(page, 'entra/basic-saml', BLADE);
  await basic.click('Fill from JustCall');
  await expectFieldStatus(basic, 'replyUrl', 'filled');
  await expect(pane.getByLabel('Reply URL (Assertion Consumer Service URL)').first()).toHaveValue(JUSTCALL_ACS_URL);
  await expect(pending).toContainText(ATTACKER_ACS);
});

test('a lookalike provisioning page on app.justcall.io: its Tenant URL is not used until the admin agrees', async ({ page, ext }) => {
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await loginJustCallOwner(page);
  await page.goto(`https://app.justcall.io${JUSTCALL_ATTACK_PATHS.provisioning}`);
  const pending = panel.locator('[data-pending="scimTenantUrl"]');
  await expect(pending).toHaveClass(/unusual-host/);
  await expect(pending).toContainText(ATTACKER_SCIM);
  const session = JSON.stringify((await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY] ?? {});
  expect(JSON.parse(session)).not.toMatchObject({ values: { scimTenantUrl: { value: ATTACKER_SCIM } } });

  // The control: the real provisioning page's Tenant URL is used at once.
  await page.goto(JUSTCALL_PROVISIONING);
  await page.locator('[data-sso-assistant-highlight]').click();
  await expect
    .poll(async () => JSON.stringify((await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY] ?? {}))
    .toContain('https://api.justcall.io');
});
