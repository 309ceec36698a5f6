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
import { CHINA_TENANT_ID } from '@/tests/world/server/state';
import { cloudOrigins } from '@/utils/hosts';
import { SETUP_SESSION_KEY } from '@/utils/setup/session';
import { CLOUD_CHOICE_KEY } from '@/utils/cloud/choice';

// The Fluent Save-after-fill race (issue 9's note): its cause is fixed by writing one field per settled frame, but one
// fresh-clone CI run after that fix still lost a claim field once, on a loaded machine. One retry, which Playwright
// reports as "flaky", keeps any recurrence visible without blocking the suite, until runs show it gone.
test.describe.configure({ retries: 1 });

/**
 * Issue 10, part 2: the setup in Azure China (21Vianet), on the world's China
 * hosts. Chrome's permission prompt cannot be clicked from Playwright, so this
 * worker's browser holds the China origins from install on (fixtures.ts,
 * grantedAtInstall: exactly what the opt-in asks for, nothing more); the
 * request the button makes is checked in tests/unit/cloud/opt-in.test.ts.
 * Everything after the grant is the product's own: the opt-in in the side
 * panel, the content scripts registered at run time, the page engine in the
 * China frames, the metadata fetched from the China sign-in host, the
 * recorder and the error-page reader there.
 */

const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: 'fluent', loadDelayMs: E2E_LOAD_DELAY_MS };
test.use({ worldUi: ui, grantedAtInstall: cloudOrigins('china') });

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
  const worker = await ext.serviceWorker();
  // A test before may have opted in; start from the public cloud with no registrations.
  await worker.evaluate(async () => {
    const ids = (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
    if (ids.length) await chrome.scripting.unregisterContentScripts({ ids });
  });
});

async function registeredScripts(ext: { serviceWorker(): Promise<import('@playwright/test').Worker> }) {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, js: s.js, matches: s.matches, allFrames: s.allFrames })),
  );
}

test('after the opt-in, the assistant takes a fresh account and an empty China tenant to a working SSO sign-in', async ({
  page,
  ext,
  world,
}) => {
  test.setTimeout(240_000);
  const portal = new Portal(page, ui, 'china');
  const t = portal.t;

  // Before the opt-in, no script of ours runs on the China admin center, though its hosts are granted.
  await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`);
  await portal.command('EnterpriseAppsList', t('newApplication')).click();
  await portal.command('AppGallery', t('createOwnApp')).click();
  await expect(portal.paneTitle()).toHaveText(t('createOwnApp'));
  expect(await registeredScripts(ext)).toEqual([]);
  const seenBefore = await ext.storage('session', 'seenPages');
  expect(JSON.stringify(seenBefore)).not.toContain('microsoftonline.cn');

  // The opt-in: Settings, Microsoft cloud, Azure China, "Use this cloud".
  const panel = await ext.openSidePanel();
  await panel.getByLabel('Cloud', { exact: true }).selectOption({ label: 'Azure China (21Vianet)' });
  await expect(panel.getByText('Chrome will ask to let the assistant read and change')).toContainText('https://portal.azure.cn');
  await panel.getByRole('button', { name: 'Use this cloud' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Now working in: Azure China (21Vianet).' })).toBeVisible();
  await expect(panel.getByTestId('cloud-state')).toContainText('the assistant runs there');
  const scripts = await registeredScripts(ext);
  expect(scripts.map((s) => s.id).sort()).toEqual(['cloud-china-entra', 'cloud-china-login']);
  expect(scripts.find((s) => s.id === 'cloud-china-entra')).toMatchObject({ js: ['content-scripts/entra.js'], allFrames: true });
  expect(scripts.find((s) => s.id === 'cloud-china-login')?.matches).toEqual(['https://login.partner.microsoftonline.cn/*']);
  expect((await ext.storage('local', CLOUD_CHOICE_KEY))[CLOUD_CHOICE_KEY]).toMatchObject({ cloud: 'china' });
  // The step links now go to the China admin center.
  await expect(stepCard(panel, 'create-app').getByRole('link', { name: 'Open Enterprise applications' })).toHaveAttribute(
    'href',
    /^https:\/\/entra\.microsoftonline\.cn\//,
  );

  // Step 1: JustCall (the same hosts in every cloud). The portal's tab in front, as the admin has it (see setup-portal-stacks).
  await page.bringToFront();
  await loginJustCallOwner(page);
  await page.goto(JUSTCALL_SSO);
  await page.getByRole('switch', { name: 'Enable SSO' }).click();
  await page.getByRole('radio', { name: 'SAML 2.0' }).check();
  await panel.getByLabel('I understand, and I have a way back in').check();
  await expectStep(panel, 'justcall-sso', 'done');

  // Step 2: create the app on the China admin center.
  await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`);
  await portal.command('EnterpriseAppsList', t('newApplication')).click();
  await portal.command('AppGallery', t('createOwnApp')).click();
  const create = assistant(page, 'entra/create-app', 'any');
  await create.click('Fill from JustCall');
  await expectControlText(create, `${t('appNameQuestion')}: filled`);
  await portal.button('CreateOwnApplication', t('create')).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
  await expectStep(panel, 'create-app', 'done');
  expect(world.runtime.state.apps.find((a) => a.name === 'JustCall')?.cloud).toBe('china');
  // Now the China pages announce themselves (the check before the opt-in could fail).
  expect(JSON.stringify(await ext.storage('session', 'seenPages'))).toContain('https://entra.microsoftonline.cn/');

  // Step 3a: Basic SAML Configuration, in a view frame on a China host.
  await portal.menu(t('singleSignOn')).click();
  await portal.button('SingleSignOnMethods', new RegExp(`^${t('saml')}\\b`)).click();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);
  await portal
    .samlSection(t('basicSaml'))
    .getByRole('button', { name: t('edit') })
    .click();
  const basic = assistant(page, 'entra/basic-saml', 'any');
  await basic.click('Fill from JustCall');
  await expect.poll(() => basic.statuses()).toEqual(['filled', 'filled', 'filled']);
  await portal.command('BasicSamlConfiguration', t('save')).click();
  await expect(portal.notification(t('savedSso'))).toBeVisible();
  await portal.closePane();
  await expectStep(panel, 'basic-saml', 'done');

  // Step 3b: Attributes & Claims.
  await portal
    .samlSection(t('attributesClaims'))
    .getByRole('button', { name: t('edit') })
    .click();
  await page.waitForURL(/AttributesAndClaimsBlade/);
  for (let i = 0; i < 3; i++) {
    const next = portal.scope('AttributesAndClaims').locator('[data-sso-assistant-highlight]');
    await expect(next).toHaveCount(1);
    await next.click();
    const claims = assistant(page, 'entra/claims', 'any');
    await claims.click('Fill from JustCall');
    await expect.poll(() => claims.statuses()).toHaveLength(4);
    await portal.command('ManageClaim', t('save')).click();
    await expect(page.locator('.fxs-contextpane')).toBeHidden();
  }
  await expectStep(panel, 'claims', 'done');
  await page.goBack();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);

  // SAML Certificates: the metadata comes from the China sign-in host, and names the China issuer.
  await expectStep(panel, 'certificate', 'done');
  await expect(stepCard(panel, 'certificate').locator('[data-value-key="certificate"] .value-source')).toContainText('federation metadata');
  const session = (await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY] as {
    metadata: { url: string; ok: boolean };
    values: Record<string, { value: string } | undefined>;
  };
  expect(session.metadata.ok).toBe(true);
  expect(new URL(session.metadata.url).hostname).toBe('login.partner.microsoftonline.cn');
  expect(session.values.entraIdentifier?.value).toBe(`https://sts.chinacloudapi.cn/${CHINA_TENANT_ID}/`);
  expect(session.values.loginUrl?.value).toBe(`https://login.partner.microsoftonline.cn/${CHINA_TENANT_ID}/saml2`);

  // Step 5: assign Adele.
  await entraAssign(portal, 'Adele', 'Adele Vance');
  await expectStep(panel, 'assignment', 'done');

  // Step 4: JustCall from Entra: the China Login URL and issuer.
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
  expect(world.runtime.state.justcall.sso.ssoUrl).toBe(`https://login.partner.microsoftonline.cn/${CHINA_TENANT_ID}/saml2`);
  expect(world.runtime.state.justcall.sso.issuer).toBe(`https://sts.chinacloudapi.cn/${CHINA_TENANT_ID}/`);

  // The proof: an SP-initiated login through the China sign-in service, recorded by the doctor's recorder.
  await spInitiatedLogin(page, 'adele.vance@contoso.partner.onmschina.cn');
  await expect(page.locator('body')).toContainText('Signed in as');
  type Rec = { kind: string; url: string; method: string };
  const records = () =>
    panel.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'doctor:list', tabId: null })) as { records: Rec[] }).records);
  await expect
    .poll(async () => (await records()).filter((r) => r.kind === 'saml' && r.url.startsWith('https://bifrost.justcall.io/')).length)
    .toBeGreaterThan(0);
  await expect
    .poll(async () => (await records()).some((r) => r.kind === 'saml' && r.url.startsWith('https://login.partner.microsoftonline.cn/')))
    .toBe(true);

  // The error-page reader runs on the China sign-in service too: unassigned, Entra answers AADSTS50105.
  const app = world.runtime.state.apps.find((a) => a.cloud === 'china');
  if (!app) throw new Error('no China app');
  app.assignments = [];
  await spInitiatedLogin(page, 'adele.vance@contoso.partner.onmschina.cn');
  await expect(page.locator('body')).toContainText('AADSTS50105');
  await expect
    .poll(async () =>
      (await records()).some((r) => r.kind === 'error-page' && r.url.startsWith('https://login.partner.microsoftonline.cn/')),
    )
    .toBe(true);
});

test('going back to the public cloud unregisters the China scripts', async ({ ext }) => {
  const panel = await ext.openSidePanel();
  const cloud = panel.getByLabel('Cloud', { exact: true });
  await cloud.selectOption({ label: 'Azure China (21Vianet)' });
  await panel.getByRole('button', { name: 'Use this cloud' }).click();
  await expect(panel.getByTestId('cloud-state')).toContainText('the assistant runs there');
  expect((await registeredScripts(ext)).length).toBe(2);
  await cloud.selectOption({ label: 'Public (global) cloud' });
  await panel.getByRole('button', { name: 'Use this cloud' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Now working in: Public (global) cloud.' })).toBeVisible();
  expect(await registeredScripts(ext)).toEqual([]);
  expect((await ext.storage('local', CLOUD_CHOICE_KEY))[CLOUD_CHOICE_KEY]).toMatchObject({ cloud: 'public' });
});
