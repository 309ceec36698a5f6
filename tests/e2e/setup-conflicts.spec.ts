import { test, expect } from './support/fixtures';
import { readmeShot } from './support/screenshots';
import { applyScenario } from '@/tests/world/server/scenarios';
import {
  assistant,
  BLADE,
  bladeOf,
  expectControlText,
  expectFieldStatus,
  expectStep,
  JUSTCALL_SSO,
  justcallApp,
  loginJustCallOwner,
  openSamlPage,
  stepCard,
} from './support/setup-flows';

const ACS = 'https://bifrost.justcall.io/passport/login/callback';

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test('a wrong Reply URL is reported as a conflict and fixed only after consent', async ({ page, ext, world }) => {
  await applyScenario(world.runtime, 'wrong-reply-url');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await openSamlPage(page, objectId, appId);
  const blade = bladeOf(page);

  // The saved section shows the wrong value: a problem with its fix, before anything is filled.
  await expectStep(panel, 'basic-saml', 'problem');
  const problem = stepCard(panel, 'basic-saml').locator('[data-problem="reply-url-mismatch"]');
  await expect(problem).toContainText('AADSTS50011');
  await expect(problem).toContainText(ACS);

  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  const basic = assistant(page, 'entra/basic-saml', BLADE);
  await basic.click('Fill from JustCall');
  await expectFieldStatus(basic, 'replyUrl', 'conflict');
  await expect.poll(() => basic.fieldText('replyUrl')).toContain('https://bifrost.justcall.io/passport/login;');
  // No "Save" while a conflict is open.
  await expect(pane.getByRole('button', { name: 'Save' })).not.toHaveAttribute('data-sso-assistant-highlight', '');
  expect(await basic.text()).not.toContain('Now click');
  // Not changed without consent.
  await expect(pane.getByLabel('Reply URL (Assertion Consumer Service URL)').first()).toHaveValue(
    'https://bifrost.justcall.io/passport/login',
  );
  await expect(stepCard(panel, 'basic-saml').locator('[data-conflict]')).toContainText('Replace');
  await readmeShot(panel, 'wizard-conflict');

  await basic.click(/Replace the value of Reply URL/);
  await expectFieldStatus(basic, 'replyUrl', 'filled');
  await expectControlText(basic, 'Now click Save');
  await expect(pane.getByLabel('Reply URL (Assertion Consumer Service URL)').first()).toHaveValue(ACS);
  await pane.getByRole('button', { name: 'Save' }).click();
  await expect(pane.getByLabel('Reply URL (Assertion Consumer Service URL)').first()).toHaveValue(ACS);
  await pane.getByRole('button', { name: 'Close' }).click();
  await expectStep(panel, 'basic-saml', 'done');
  expect(world.runtime.state.apps[0]?.replyUrls.map((u) => u.value)).toEqual([ACS]);
  const entry = panel.locator('.changelog-entries li').filter({ hasText: 'Reply URL' });
  await expect(entry).toContainText('https://bifrost.justcall.io/passport/login');
  await expect(entry).toContainText(ACS);
});

test('a renamed label: the wizard names the field it could not find and its Copy button works', async ({ page, ext, world, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await applyScenario(world.runtime, 'app-exists');
  await applyScenario(world.runtime, 'renamed-label');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await openSamlPage(page, objectId, appId);
  const blade = bladeOf(page);
  const samlButton = blade.getByRole('button', { name: 'SAML' });
  if (await samlButton.isVisible().catch(() => false)) await samlButton.click();
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  await expect(pane.getByLabel('Reply URL (ACS URL)').first()).toBeVisible();
  const basic = assistant(page, 'entra/basic-saml', BLADE);
  await basic.click('Fill from JustCall');
  await expectFieldStatus(basic, 'identifier', 'filled');
  await expectFieldStatus(basic, 'replyUrl', /not-found|failed/);
  await expect.poll(() => basic.fieldText('replyUrl')).toContain(`Paste it yourself: ${ACS}`);

  const missing = stepCard(panel, 'basic-saml').locator('[data-missing]');
  await expect(missing).toContainText('Reply URL');
  await panel.bringToFront();
  await missing.getByRole('button', { name: /Copy Reply URL/ }).click();
  await expect(missing.getByRole('button', { name: /Copy Reply URL/ })).toHaveText('Copied');
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(ACS);
  await readmeShot(panel, 'wizard-field-not-found');
});

test('a renamed label: the admin points at the field, the assistant fills it and knows it next time', async ({ page, ext, world }) => {
  await applyScenario(world.runtime, 'app-exists');
  await applyScenario(world.runtime, 'renamed-label');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await openSamlPage(page, objectId, appId);
  const blade = bladeOf(page);
  const samlButton = blade.getByRole('button', { name: 'SAML' });
  if (await samlButton.isVisible().catch(() => false)) await samlButton.click();
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  const replyUrl = pane.getByLabel('Reply URL (ACS URL)').first();
  await expect(replyUrl).toBeVisible();
  const basic = assistant(page, 'entra/basic-saml', BLADE);
  await basic.click('Fill from JustCall');
  await expectFieldStatus(basic, 'replyUrl', /not-found|failed/);

  await basic.click(/Point at the field for Reply URL/);
  await expectControlText(basic, 'Now click the field for Reply URL (Assertion Consumer Service URL) on the page');
  // The page cannot point for the admin: a click from page script is ignored.
  await replyUrl.evaluate((el) => (el as HTMLElement).click());
  await expect(replyUrl).toHaveValue('');
  await expectControlText(basic, 'Now click the field for Reply URL (Assertion Consumer Service URL) on the page');
  // The admin's own (trusted) click on the field.
  await replyUrl.click();
  await expectFieldStatus(basic, 'replyUrl', 'filled');
  await expect(replyUrl).toHaveValue(ACS);
  await expectControlText(basic, 'Now click Save');
  expect((await basic.snapshot()).buttons.some((b) => /^Copy/.test(b))).toBe(false);
  await pane.getByRole('button', { name: 'Save' }).click();
  await pane.getByRole('button', { name: 'Close' }).click();
  await expectStep(panel, 'basic-saml', 'done');
  expect(world.runtime.state.apps[0]?.replyUrls.map((u) => u.value)).toEqual([ACS]);

  // Remembered in settings as a label, without the value.
  const learned = panel.getByRole('list', { name: 'Field labels you pointed at' });
  await expect(learned.locator('li')).toHaveCount(1);
  await expect(learned).toContainText('"Reply URL (ACS URL)" is Reply URL (Assertion Consumer Service URL), in Basic SAML Configuration');
  const stored = (await ext.storage('local', 'learnedLabels')).learnedLabels;
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored)).not.toContain('bifrost');

  // Next time the renamed field is found by itself.
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const again = assistant(page, 'entra/basic-saml', BLADE);
  await again.click('Fill from JustCall');
  await expectFieldStatus(again, 'replyUrl', 'already-right');

  // Forgotten from settings: gone from the list and from storage.
  await panel.bringToFront();
  await learned.getByRole('button', { name: 'Forget the label "Reply URL (ACS URL)"' }).click();
  await expect(panel.getByText('None. When the assistant cannot find a field')).toBeVisible();
  expect((await ext.storage('local', 'learnedLabels')).learnedLabels).toEqual([]);
});

test('a rotated Entra certificate shows as a mismatch with JustCall', async ({ page, ext, world }) => {
  await applyScenario(world.runtime, 'configured');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_SSO);
  await expectStep(panel, 'justcall-idp', 'done');
  await openSamlPage(page, objectId, appId);
  await expectStep(panel, 'certificate', 'done');
  await expectStep(panel, 'justcall-idp', 'done');
  const before = await stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-text').innerText();

  await applyScenario(world.runtime, 'cert-rotated');
  await page.reload();
  // The blade now shows another active certificate: the metadata is fetched again and JustCall's is stale.
  await expect(stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-text')).not.toHaveText(before);
  await page.goto(JUSTCALL_SSO);
  await expectStep(panel, 'justcall-idp', 'problem');
  await expect(stepCard(panel, 'justcall-idp').locator('[data-problem="certificate-mismatch"]')).toContainText('rotation');
  await readmeShot(panel, 'wizard-cert-mismatch');

  // The fix: replace the certificate (consent), Save Configuration, Test Connection.
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
