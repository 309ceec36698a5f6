import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { readmeShot } from './support/screenshots';
import { spInitiatedLogin } from './support/world-flows';
import {
  assistant,
  BLADE,
  bladeOf,
  ENTERPRISE_APPS,
  expectControlText,
  expectFieldStatus,
  expectStep,
  JUSTCALL_SSO,
  loginJustCallOwner,
  stepCard,
} from './support/setup-flows';
import { SETUP_SESSION_KEY } from '@/utils/setup/session';

/**
 * Issue 4, e2e (1): from a fresh JustCall account and an empty tenant to an
 * SP-initiated "Signed in as …". The test types nothing into a setup field:
 * it navigates, opens panes, clicks the assistant's controls and the commit
 * buttons (Create, Save, Assign, Save Configuration, Test Connection).
 */

const shot = (panel: Page, name: string): Promise<void> => readmeShot(panel, name);

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test('the assistant takes a fresh account and an empty tenant to a working SSO sign-in', async ({ page, ext, context, world }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await ext.openSidePanel();
  await panel.setViewportSize({ width: 420, height: 900 });
  await expectStep(panel, 'justcall-sso', 'not-started');

  // Step 1: JustCall SSO page. The assistant reads ACS URL and Entity ID; the lockout warning must be confirmed.
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_SSO);
  await expectControlText(assistant(page, 'justcall/sso'), 'every JustCall admin and member');
  await page.getByRole('switch', { name: 'Enable SSO' }).click();
  await page.getByRole('radio', { name: 'SAML 2.0' }).check();
  await expectStep(panel, 'justcall-sso', 'in-progress');
  await expect(stepCard(panel, 'justcall-sso').locator('[data-value-key="acsUrl"] .value-source')).toContainText('Read from JustCall');
  await panel.getByLabel('I understand, and I have a way back in').check();
  await expectStep(panel, 'justcall-sso', 'done');
  await shot(panel, 'wizard-step1-done');

  // Step 2: create the app; the assistant fills the name and the Non-gallery choice, the admin clicks Create.
  await page.goto(ENTERPRISE_APPS);
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'New application' }).click();
  await blade.getByRole('button', { name: 'Create your own application' }).click();
  const create = assistant(page, 'entra/create-app', BLADE);
  await create.click('Fill from JustCall');
  await expectControlText(create, "What's the name of your app?: filled");
  await expect(blade.locator('[data-sso-assistant-highlight]')).toHaveText('Create');
  await blade.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
  await expectStep(panel, 'create-app', 'done');

  // Step 3: SAML. Basic SAML Configuration: fill, Save (highlighted), close the pane; done once the saved section is read.
  await page.getByRole('link', { name: 'Single sign-on' }).click();
  await blade.getByRole('button', { name: 'SAML' }).click();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  const basic = assistant(page, 'entra/basic-saml', BLADE);
  await basic.click('Fill from JustCall');
  await expect.poll(() => basic.statuses()).toEqual(['filled', 'filled', 'filled']);
  await expectStep(panel, 'basic-saml', 'in-progress');
  await expect(pane.getByRole('button', { name: 'Save' })).toHaveAttribute('data-sso-assistant-highlight', '');
  await pane.getByRole('button', { name: 'Save' }).click();
  await expect(pane.getByLabel('Identifier (Entity ID)').first()).toHaveValue('JustCall');
  // Filling twice changes nothing.
  await basic.click('Fill from JustCall');
  await expect.poll(() => basic.statuses()).toEqual(['already-right', 'already-right', 'already-right']);
  await pane.getByRole('button', { name: 'Close' }).click();
  await expectStep(panel, 'basic-saml', 'done');

  // Attributes & Claims: the assistant points at each default claim to convert; the admin opens it, fills, saves.
  await blade.getByRole('region', { name: 'Attributes & Claims' }).getByRole('button', { name: 'Edit' }).click();
  await page.waitForURL(/AttributesAndClaimsBlade/);
  for (let i = 0; i < 3; i++) {
    const next = blade.locator('[data-sso-assistant-highlight]');
    await expect(next).toHaveCount(1);
    await next.click();
    const claim = blade.getByRole('dialog', { name: 'Manage claim' });
    const claims = assistant(page, 'entra/claims', BLADE);
    await claims.click('Fill from JustCall');
    await expect.poll(() => claims.statuses()).toHaveLength(4);
    expect((await claims.statuses()).filter((x) => x === 'failed' || x === 'not-found' || x === 'conflict')).toEqual([]);
    await claim.getByRole('button', { name: 'Save' }).click();
    await expect(claim).toHaveCount(0);
  }
  await expectStep(panel, 'claims', 'done');
  await shot(panel, 'wizard-claims-done');
  await page.goBack();

  // SAML Certificates and Set up JustCall: the background fetches the metadata; thumbprint and expiry are shown.
  await expectStep(panel, 'certificate', 'done');
  await expect(stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-source')).toContainText('federation metadata');

  // Step 5: assign Adele.
  await page.getByRole('link', { name: 'Users and groups' }).click();
  await blade.getByRole('button', { name: 'Add user/group' }).click();
  await blade
    .getByRole('button', { name: 'None Selected' })
    .or(blade.getByRole('link', { name: 'None Selected' }))
    .first()
    .click();
  await blade.getByRole('checkbox', { name: /Adele Vance/ }).check();
  await blade.getByRole('button', { name: 'Select', exact: true }).click();
  await blade.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(blade.getByText('Adele Vance').first()).toBeVisible();
  await expectStep(panel, 'assignment', 'done');

  // Step 4: JustCall. Fill from Entra (SSO URL, Issuer, the certificate as a file, Default Role); Save Configuration; Test Connection.
  await page.goto(JUSTCALL_SSO);
  const jc = assistant(page, 'justcall/sso');
  await jc.click('Fill from Entra');
  await expect.poll(() => jc.statuses()).toHaveLength(4);
  for (const field of ['ssoUrl', 'issuer', 'certificate']) await expectFieldStatus(jc, field, 'filled');
  await expectFieldStatus(jc, 'defaultRole', /filled|already-right/);
  await expect(page.getByRole('button', { name: 'Save Configuration' })).toHaveAttribute('data-sso-assistant-highlight', '');
  await page.getByRole('button', { name: 'Save Configuration' }).click();
  await expect(page.getByText('SSO configuration saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test Connection' })).toHaveAttribute('data-sso-assistant-highlight', '');
  await page.getByRole('button', { name: 'Test Connection' }).click();
  await expect(page.getByText(/Connection successful/)).toBeVisible();
  await expectStep(panel, 'justcall-idp', 'done');
  for (const step of ['justcall-sso', 'create-app', 'basic-saml', 'claims', 'certificate', 'justcall-idp', 'assignment'])
    await expectStep(panel, step, 'done');
  const log = panel.locator('.changelog-entries li');
  await expect(log.filter({ hasText: 'Reply URL (Assertion Consumer Service URL)' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'SSO URL' })).toHaveCount(1);
  await shot(panel, 'wizard-all-done');

  // The world confirms what was saved, and the session names what the doctor expects.
  const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
  expect(app?.replyUrls.map((u) => u.value)).toEqual(['https://bifrost.justcall.io/passport/login/callback']);
  const stored = (await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY] as { certificate: { sha1: string } };
  expect(stored.certificate.sha1).toBe(app?.certificates.find((c) => c.status === 'Active')?.thumbprint);

  // The proof: an SP-initiated login.
  await spInitiatedLogin(page, 'adele.vance@contoso.onmicrosoft.com');
  await expect(page.locator('body')).toContainText('Signed in as adele.vance@contoso.com');
});
