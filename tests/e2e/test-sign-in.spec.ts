import { X509Certificate } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectStep } from './support/setup-flows';
import { readmeShot } from './support/screenshots';
import type { StartedWorld } from '@/tests/world/server/server';
import {
  ENTRA_ISSUER,
  ENTRA_LOGIN_URL,
  JUSTCALL_ACS_URL,
  JUSTCALL_ENTITY_ID,
  JUSTCALL_SIGN_ON_URL,
  TEST_USER_PASSWORD,
  activeCert,
} from '@/tests/world/server/store';
import { SETUP_SESSION_KEY, SetupSession } from '@/utils/setup/session';

/**
 * The wizard's "Test sign-in": a completed setup session is seeded, the
 * button opens JustCall's login in a new window, the test signs in there as
 * a person would, and the wizard shows the doctor's verdict inline.
 */

/** A finished setup as the assistant would have recorded it from the world's pages (validated with the session schema). */
function completedSession(world: StartedWorld): SetupSession {
  const state = world.runtime.state;
  const app = state.apps.find((a) => a.name === 'JustCall');
  const cert = app && activeCert(app);
  if (!app || !cert) throw new Error('the scenario made no JustCall app with a certificate');
  const x509 = new X509Certificate(cert.certPem);
  const bare = (fp: string) => fp.replace(/:/g, '').toUpperCase();
  const at = new Date().toISOString();
  const page = (portal: 'entra' | 'justcall', feature: string) =>
    ({
      kind: 'page',
      portal,
      url: portal === 'entra' ? 'https://entra.microsoft.com/' : 'https://app.justcall.io/app/settings/security/sso',
      feature,
      at,
    }) as const;
  const seen = (values: Record<string, unknown>) => ({ url: 'https://entra.microsoft.com/', at, saved: true, values });
  const raw = {
    version: 1,
    startedAt: at,
    updatedAt: at,
    settings: { defaultRole: 'Agent', clickSave: false },
    lockoutAcknowledged: true,
    values: {
      entityId: { value: JUSTCALL_ENTITY_ID, source: page('justcall', 'justcall/sso') },
      acsUrl: { value: JUSTCALL_ACS_URL, source: page('justcall', 'justcall/sso') },
      appName: { value: app.name, source: page('entra', 'entra/create-app') },
      appId: { value: app.appId, source: page('entra', 'entra/create-app') },
      objectId: { value: app.objectId, source: page('entra', 'entra/create-app') },
      tenantId: { value: state.tenant.id, source: page('entra', 'entra/setup-app') },
      loginUrl: { value: ENTRA_LOGIN_URL, source: page('entra', 'entra/setup-app') },
      entraIdentifier: { value: ENTRA_ISSUER, source: page('entra', 'entra/setup-app') },
    },
    certificate: {
      der: x509.raw.toString('base64'),
      sha1: bare(x509.fingerprint),
      sha256: bare(x509.fingerprint256),
      notBefore: new Date(x509.validFrom).toISOString(),
      notAfter: new Date(x509.validTo).toISOString(),
      subject: x509.subject,
      source: page('entra', 'entra/certificates'),
    },
    observations: {
      'justcall/sso': {
        ...seen({
          enabled: true,
          ssoUrl: ENTRA_LOGIN_URL,
          issuer: ENTRA_ISSUER,
          certificateThumbprint: bare(x509.fingerprint),
          acsUrl: JUSTCALL_ACS_URL,
          entityId: JUSTCALL_ENTITY_ID,
        }),
        url: 'https://app.justcall.io/app/settings/security/sso',
      },
      'entra/basic-saml': seen({ identifier: [JUSTCALL_ENTITY_ID], replyUrl: [JUSTCALL_ACS_URL], signOnUrl: JUSTCALL_SIGN_ON_URL }),
      'entra/claims': seen({
        claims: [
          { name: 'email', namespace: '', source: 'user.mail' },
          { name: 'firstName', namespace: '', source: 'user.givenname' },
          { name: 'lastName', namespace: '', source: 'user.surname' },
        ],
      }),
      'entra/users-groups': seen({ assigned: 1 }),
    },
    fills: {},
    metadata: null,
    languages: {},
    changelog: [],
  };
  const parsed = SetupSession.safeParse(raw);
  if (!parsed.success) throw new Error(`the seeded session does not fit the schema: ${parsed.error.message}`);
  return parsed.data;
}

async function seedSession(ext: { serviceWorker(): Promise<import('@playwright/test').Worker> }, session: SetupSession): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(([k, v]) => chrome.storage.local.set({ [k as string]: v }), [SETUP_SESSION_KEY, session] as const);
}

/** Clicks "Test sign-in" and returns the window the extension opened on JustCall's login. */
async function startTest(panel: Page): Promise<Page> {
  const [win] = await Promise.all([
    panel.context().waitForEvent('page'),
    panel.getByRole('button', { name: 'Test sign-in', exact: true }).click(),
  ]);
  await win.waitForURL(/app\.justcall\.io\/login/);
  return win;
}

/** In the test window: JustCall's "Log in with SSO", then Microsoft's form when it comes. */
async function signIn(win: Page, email: string): Promise<void> {
  await win.getByLabel('Email').fill(email);
  await win.getByRole('button', { name: 'Log in with SSO' }).click();
  await win.waitForURL(/login\.microsoftonline\.com/);
  const form = win.getByLabel('Email, phone, or Skype');
  if (await form.isVisible().catch(() => false)) {
    await form.fill(email);
    await win.getByLabel('Password').fill(TEST_USER_PASSWORD);
    await win.getByRole('button', { name: 'Sign in' }).click();
  }
  await win.waitForLoadState('load');
}

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test('a test sign-in as Adele ends in success, shown in the wizard', async ({ world, ext }) => {
  const { signInAs } = await world.applyScenario('configured');
  await seedSession(ext, completedSession(world));
  const panel = await ext.openSidePanel();
  // The seeded session is a finished setup: every required step is done, so the card is the wizard's last step.
  for (const step of ['justcall-sso', 'create-app', 'basic-saml', 'claims', 'certificate', 'justcall-idp', 'assignment'])
    await expectStep(panel, step, 'done');
  const card = panel.locator('[data-slot="test-sign-in"]');
  await expect(card).toContainText('Everything the assistant can check is done');

  const win = await startTest(panel);
  const result = card.getByTestId('test-sign-in-result');
  await expect(result).toHaveAttribute('data-phase', 'waiting');
  await expect(result).toContainText('Waiting for the sign-in…');

  await signIn(win, signInAs);
  await expect(win.locator('#signed-in')).toBeVisible();
  await expect(win.getByRole('heading', { level: 1 })).toHaveText('Signed in as adele.vance@contoso.com');

  await expect(result).toHaveAttribute('data-phase', 'success', { timeout: 15_000 });
  await expect(card.getByTestId('test-sign-in-note')).toContainText(
    'Signed in to JustCall as adele.vance@contoso.com. The response was valid.',
  );
  await expect(card.getByTestId('test-sign-in-verdict')).toHaveAttribute('data-verdict', 'valid');
  await expect(card.getByTestId('test-sign-in-diagnosis')).toHaveCount(0);
  await panel.bringToFront();
  await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await readmeShot(panel, 'wizard-test-sign-in', { fullPage: false });

  // "Open in the login doctor" opens the doctor as a tab, narrowed to the test window's tab, on the same capture.
  const doctorLink = card.getByTestId('test-sign-in-doctor');
  const href = (await doctorLink.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^chrome-extension://${ext.id}/devtools-panel\\.html#tab=\\d+&record=`));
  const [doctor] = await Promise.all([panel.context().waitForEvent('page'), doctorLink.click()]);
  await expect(doctor.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
  await expect(doctor.getByTestId('diagnosis-headline')).toHaveText(/No problem found/);
  await expect(doctor.locator('[role=option][aria-selected=true]')).toContainText('Response');
  await doctor.close();
  await win.close();
});

const FAILURES = [
  {
    scenario: 'wrong-reply-url',
    headline: /^AADSTS50011 — Reply URL mismatch$/,
    step: 'basic-saml',
    stepText: 'Step 3: Basic SAML Configuration',
  },
  {
    scenario: 'namespaced-claims',
    headline: /"email", "firstName" and "lastName" claims arrive with a namespace/,
    step: 'claims',
    stepText: 'Step 3: Attributes & Claims',
  },
];

for (const f of FAILURES) {
  test(`a test sign-in in ${f.scenario} shows the cause and the step that fixes it`, async ({ world, ext }) => {
    const { signInAs } = await world.applyScenario(f.scenario);
    await seedSession(ext, completedSession(world));
    const panel = await ext.openSidePanel();
    const card = panel.locator('[data-slot="test-sign-in"]');
    const win = await startTest(panel);
    await signIn(win, signInAs);

    const result = card.getByTestId('test-sign-in-result');
    await expect(result).toHaveAttribute('data-phase', 'failed', { timeout: 15_000 });
    await expect(card.getByTestId('test-sign-in-headline')).toHaveText(f.headline);
    await expect(card.getByTestId('test-sign-in-diagnosis')).toHaveAttribute('data-tone', 'error');
    const stepLink = card.getByTestId('test-sign-in-step');
    await expect(stepLink).toHaveAttribute('data-step', f.step);
    await expect(stepLink).toHaveText(f.stepText);
    await expect(stepLink).toHaveAttribute('href', `#step-${f.step}`);
    // The link leads to the step's card in the wizard.
    await stepLink.click();
    await expect(panel.locator(`#step-${f.step}`)).toBeInViewport();
    if (f.scenario === 'wrong-reply-url') {
      await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await readmeShot(panel, 'wizard-test-sign-in-failed', { fullPage: false });
    }
    await win.close();
  });
}

test('without Incognito access the wizard says how to allow it instead of offering the private window', async ({ ext }) => {
  const panel = await ext.openSidePanel();
  const card = panel.locator('[data-slot="test-sign-in"]');
  await expect(card.getByTestId('test-sign-in-incognito-help')).toContainText('Allow in Incognito');
  await expect(card.getByRole('button', { name: /another user/ })).toHaveCount(0);
});
