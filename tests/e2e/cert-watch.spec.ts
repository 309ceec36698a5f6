import { X509Certificate } from 'node:crypto';
import type { Page, Worker } from '@playwright/test';
import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import type { ExtensionHelpers } from './support/fixtures';
import { assistant, expectFieldStatus, JUSTCALL_SSO, loginJustCallOwner, openSamlPage } from './support/setup-flows';
import { Portal } from './support/world-portal';
import { readmeShot } from './support/screenshots';
import type { StartedWorld } from '@/tests/world/server/server';
import type { EntraApp } from '@/tests/world/server/state';
import {
  ENTRA_ISSUER,
  ENTRA_LOGIN_URL,
  JUSTCALL_ACS_URL,
  JUSTCALL_ENTITY_ID,
  TEST_USER_PASSWORD,
  activeCert,
  appMetadataUrl,
} from '@/tests/world/server/store';
import { SETUP_SESSION_KEY, SetupSession } from '@/utils/setup/session';
import { CERT_WATCH_KEY, parseWatch } from '@/utils/cert-watch/state';

/**
 * The certificate watch after setup, driven by the world's certificates: a
 * certificate close to expiry, a rotation made active in Entra alone, and the
 * guided rotation that ends in a valid Test sign-in. Each check is the side
 * panel's "Check now", the same check the daily alarm runs (the first test also fires the alarm itself).
 */

const bare = (fp: string) => fp.replace(/:/g, '').toUpperCase();

function justcallApp(world: StartedWorld): EntraApp {
  const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
  if (!app) throw new Error('the scenario made no JustCall app');
  return app;
}

/** A finished setup as the assistant records it: the app's ids and metadata URL, and JustCall's page showing the active certificate. */
function finishedSetup(world: StartedWorld): SetupSession {
  const app = justcallApp(world);
  const cert = activeCert(app);
  if (!cert) throw new Error('the app has no active certificate');
  const x509 = new X509Certificate(cert.certPem);
  const at = new Date().toISOString();
  const entra = (feature: string) => ({ kind: 'page', portal: 'entra', url: 'https://entra.microsoft.com/', feature, at }) as const;
  const parsed = SetupSession.safeParse({
    version: 1,
    startedAt: at,
    updatedAt: at,
    settings: { defaultRole: 'Agent', clickSave: false },
    lockoutAcknowledged: true,
    values: {
      entityId: { value: JUSTCALL_ENTITY_ID, source: { kind: 'default', note: "JustCall's documented value" } },
      acsUrl: { value: JUSTCALL_ACS_URL, source: { kind: 'default', note: "JustCall's documented value" } },
      appName: { value: app.name, source: entra('entra/create-app') },
      appId: { value: app.appId, source: entra('entra/create-app') },
      objectId: { value: app.objectId, source: entra('entra/create-app') },
      tenantId: { value: world.runtime.state.tenant.id, source: entra('entra/setup-app') },
      loginUrl: { value: ENTRA_LOGIN_URL, source: entra('entra/setup-app') },
      entraIdentifier: { value: ENTRA_ISSUER, source: entra('entra/setup-app') },
      metadataUrl: { value: appMetadataUrl(app.appId), source: entra('entra/certificates') },
    },
    certificate: {
      der: x509.raw.toString('base64'),
      sha1: bare(x509.fingerprint),
      sha256: bare(x509.fingerprint256),
      notBefore: new Date(x509.validFrom).toISOString(),
      notAfter: new Date(x509.validTo).toISOString(),
      subject: x509.subject,
      source: entra('entra/certificates'),
    },
    observations: {
      'justcall/sso': {
        url: JUSTCALL_SSO,
        at,
        saved: true,
        values: { enabled: true, ssoUrl: ENTRA_LOGIN_URL, issuer: ENTRA_ISSUER, certificateThumbprint: cert.thumbprint },
      },
    },
    fills: {},
    metadata: null,
    languages: {},
    changelog: [],
  });
  if (!parsed.success) throw new Error(`the seeded session does not fit the schema: ${parsed.error.message}`);
  return parsed.data;
}

async function seed(worker: Worker, session: SetupSession): Promise<void> {
  await worker.evaluate(([k, v]) => chrome.storage.local.set({ [k as string]: v }), [SETUP_SESSION_KEY, session] as const);
}

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

const lastCheckAt = async (ext: ExtensionHelpers) =>
  parseWatch((await ext.storage('local', CERT_WATCH_KEY))[CERT_WATCH_KEY]).lastCheck?.at ?? null;

/** The side panel's "Check now", and the wait until the background stored its result. */
async function checkNow(ext: ExtensionHelpers, panel: Page): Promise<void> {
  const before = await lastCheckAt(ext);
  await panel.locator('section.cert-watch').getByRole('button', { name: 'Check now' }).click();
  await expect.poll(() => lastCheckAt(ext)).not.toBe(before);
}

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test('a certificate expiring in 20 days shows on the toolbar badge and in the side panel', async ({ world, ext }) => {
  await world.applyScenario('cert-expiring', { days: 20 });
  const worker = await ext.serviceWorker();
  await seed(worker, finishedSetup(world));
  // The daily check is an alarm that outlives the service worker.
  const alarm = await worker.evaluate(() => chrome.alarms.get('cert-watch'));
  expect(alarm?.periodInMinutes).toBe(24 * 60);

  // The alarm itself fires (brought forward to now, keeping its period): the worker's listener runs the check.
  const before = await lastCheckAt(ext);
  await worker.evaluate(() => chrome.alarms.create('cert-watch', { when: Date.now() + 500, periodInMinutes: 24 * 60 }));
  await expect.poll(() => lastCheckAt(ext), { timeout: 15_000 }).not.toBe(before);
  await expect.poll(() => badge(worker)).toBe('20d');
  expect((await worker.evaluate(() => chrome.alarms.get('cert-watch')))?.periodInMinutes).toBe(24 * 60);

  const panel = await ext.openSidePanel();
  await checkNow(ext, panel);
  const alert = panel.getByTestId('cert-watch-alert');
  await expect(alert).toHaveAttribute('data-kind', 'expiring');
  await expect(alert).toContainText("Entra's signing certificate expires in 20 days");
  await expect(alert).toContainText('within 30 days');
  await expect.poll(() => badge(worker)).toBe('20d');
  await readmeShot(panel, 'wizard-cert-expiring', { fullPage: false });
  // System notifications are the admin's choice: offered, not on.
  await expect(panel.getByTestId('cert-watch-notifications')).toHaveText('Also warn me with a system notification');
});

test('a certificate made active in Entra without JustCall warns at once, and the warning survives a worker restart', async ({
  world,
  ext,
}) => {
  await world.applyScenario('configured');
  let worker = await ext.serviceWorker();
  await seed(worker, finishedSetup(world));
  const panel = await ext.openSidePanel();
  await checkNow(ext, panel);
  await expect(panel.getByTestId('cert-watch-ok')).toContainText('JustCall holds the certificate Entra signs with');
  await expect.poll(() => badge(worker)).toBe('');

  // A new certificate made active in Entra; JustCall still holds the old one. Years from expiry, yet sign-ins fail now.
  await world.applyScenario('cert-rotated');
  const rotated = activeCert(justcallApp(world))?.thumbprint ?? '';
  await checkNow(ext, panel);
  const alert = panel.getByTestId('cert-watch-alert');
  await expect(alert).toHaveAttribute('data-kind', 'mismatch');
  await expect(alert).toContainText('Entra signs with a certificate JustCall does not hold');
  await expect(alert).toContainText(rotated.slice(0, 8));
  await expect.poll(() => badge(worker)).toBe('!');

  await panel.close();
  await ext.stopServiceWorker();
  worker = await ext.serviceWorker();
  expect((await worker.evaluate(() => chrome.alarms.get('cert-watch')))?.name).toBe('cert-watch');
  const again = await ext.openSidePanel();
  await expect(again.getByTestId('cert-watch-alert')).toHaveAttribute('data-kind', 'mismatch');
  await expect.poll(() => badge(worker)).toBe('!');
});

/** SAML Certificates → Edit: the signing certificate pane, in either portal stack. */
async function openCertificatesPane(portal: Portal): Promise<void> {
  await portal
    .samlSection(portal.t('samlCertificates'))
    .getByRole('button', { name: portal.t('edit') })
    .click();
  await expect(portal.paneTitle()).toHaveText(portal.t('samlSigningCertificate'));
}

async function makeInactiveActive(portal: Portal): Promise<void> {
  const { t } = portal;
  const scope = portal.scope('SamlCertificates');
  const inactive = scope.getByRole('row').filter({ hasText: t('inactive') });
  await expect(inactive).toHaveCount(1);
  if (portal.stack('SamlCertificates') === 'fluent') {
    await inactive.getByRole('button', { name: t('moreOptions') }).click();
    await scope.getByRole('menuitem', { name: t('makeActive') }).click();
  } else {
    await inactive.getByRole('button', { name: t('makeActive') }).click();
  }
  await expect(portal.notification(t('makeActive'))).toBeVisible();
  await portal.closePane();
}

test.describe('guided rotation', () => {
  // The Portal driver knows the Fluent and Knockout stacks; the rotation runs in Fluent's SAML Certificates pane.
  test.use({ worldUi: { portalUi: 'fluent', loadDelayMs: E2E_LOAD_DELAY_MS } });

  test('a guided rotation keeps JustCall in step with Entra and ends in a valid Test sign-in', async ({ page, world, ext }) => {
    await world.applyScenario('configured');
    const app = justcallApp(world);
    const oldThumb = activeCert(app)?.thumbprint ?? '';
    const worker = await ext.serviceWorker();
    await seed(worker, finishedSetup(world));
    const panel = await ext.openSidePanel();
    await checkNow(ext, panel);
    await panel.getByRole('button', { name: 'Rotate the certificate' }).click();
    const rotation = panel.getByTestId('cert-rotation');
    const step = (id: string) => rotation.locator(`[data-rotation-step="${id}"]`);
    await expect(step('create')).toHaveAttribute('data-state', 'current');

    // 1. Create the new certificate in Entra; Entra keeps signing with the old one.
    await page.bringToFront();
    const portal = new Portal(page, world.runtime.ui);
    await openSamlPage(page, app.objectId, app.appId);
    await openCertificatesPane(portal);
    await portal.command('SamlCertificates', portal.t('newCertificate')).click();
    await expect(portal.notification(portal.t('newCertificate'))).toBeVisible();
    const created = app.certificates.find((c) => c.status === 'Inactive');
    if (!created) throw new Error('New Certificate made no inactive certificate');
    expect(activeCert(app)?.thumbprint).toBe(oldThumb);
    // The admin's "Base64 certificate download" of it, dropped on the panel.
    await step('create')
      .getByTestId('rotation-cert-input')
      .setInputFiles({ name: 'JustCall (new).cer', mimeType: 'application/x-x509-ca-cert', buffer: Buffer.from(created.certPem) });
    await expect(step('create')).toHaveAttribute('data-state', 'done');
    await expect(rotation).toContainText(created.thumbprint);
    await expect(step('upload')).toHaveAttribute('data-state', 'current');

    // 2. Upload it to JustCall: "Fill from Entra" now carries the new certificate.
    await loginJustCallOwner(page);
    await page.goto(JUSTCALL_SSO);
    const sso = assistant(page, 'justcall/sso');
    await sso.click('Fill from Entra');
    await expectFieldStatus(sso, 'certificate', 'conflict');
    await sso.click(/Replace the value of Certificate/);
    await expectFieldStatus(sso, 'certificate', 'filled');
    await page.getByRole('button', { name: 'Save Configuration' }).click();
    await expect.poll(() => world.runtime.state.justcall.sso.certificatePem).toBe(created.certPem);
    await expect(step('upload')).toHaveAttribute('data-state', 'done');
    // Until Entra signs with it, the watch says so (from JustCall's page, without a fetch).
    await expect(panel.getByTestId('cert-watch-alert')).toHaveAttribute('data-kind', 'mismatch');
    await readmeShot(panel, 'wizard-cert-rotation', { fullPage: false });

    // 3. Make it active in Entra.
    await openSamlPage(page, app.objectId, app.appId);
    await openCertificatesPane(portal);
    await makeInactiveActive(portal);
    expect(activeCert(app)?.thumbprint).toBe(created.thumbprint);
    await expect(step('activate')).toHaveAttribute('data-state', 'done');
    await checkNow(ext, panel);
    await expect(panel.getByTestId('cert-watch-alert')).toHaveCount(0);
    await expect(panel.getByTestId('cert-watch-ok')).toContainText('JustCall holds the certificate Entra signs with');
    await expect.poll(() => badge(worker)).toBe('');
    await expect(step('test')).toHaveAttribute('data-state', 'current');
    await expect(step('test')).toContainText(`against the new certificate (${created.thumbprint})`);
    // The doctor now expects the new certificate.
    await expect
      .poll(async () => SetupSession.parse((await ext.storage('local', SETUP_SESSION_KEY))[SETUP_SESSION_KEY]).certificate?.sha1)
      .toBe(created.thumbprint);

    // 4. Test sign-in: the login doctor verifies the response's signature with the new certificate.
    const [win] = await Promise.all([
      panel.context().waitForEvent('page'),
      panel.getByRole('button', { name: 'Test sign-in', exact: true }).click(),
    ]);
    await win.waitForURL(/app\.justcall\.io\/login/);
    await win.getByLabel('Email').fill('adele.vance@contoso.onmicrosoft.com');
    await win.getByRole('button', { name: 'Log in with SSO' }).click();
    await win.waitForURL(/login\.microsoftonline\.com/);
    await win.getByLabel('Email, phone, or Skype').fill('adele.vance@contoso.onmicrosoft.com');
    await win.getByLabel('Password').fill(TEST_USER_PASSWORD);
    await win.getByRole('button', { name: 'Sign in' }).click();
    await expect(win.locator('#signed-in')).toBeVisible();
    const result = panel.locator('[data-slot="test-sign-in"]').getByTestId('test-sign-in-result');
    await expect(result).toHaveAttribute('data-phase', 'success');
    // "valid": the signature verified with the certificate the doctor trusts, which is now only the new one.
    await expect(panel.getByTestId('test-sign-in-verdict')).toHaveAttribute('data-verdict', 'valid');
    expect(world.runtime.state.signIns.at(-1)).toMatchObject({ ok: true });

    await rotation.getByRole('button', { name: 'Finish the rotation' }).click();
    await expect(rotation).toHaveCount(0);
  });
});
