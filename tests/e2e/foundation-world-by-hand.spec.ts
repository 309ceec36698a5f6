import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { spInitiatedLogin } from './support/world-flows';
import {
  entraAssign,
  entraBasicSaml,
  entraClaims,
  entraCreateApp,
  entraProvisioningClassic,
  entraProvisioningNew,
  entraReadSetup,
  entraRotateCertificate,
  justcallCompleteSso,
  justcallEnableSso,
  justcallLogin,
  justcallScimCredentials,
} from './support/world-by-hand';
import { Portal } from './support/world-portal';
import { worldRequest } from '@/tests/world/client-node';
import type { CloudId } from '@/tests/world/server/clouds';
import { CHINA_TENANT_ID } from '@/tests/world/server/state';
import { JUSTCALL_OWNER, runProvisioningCycle } from '@/tests/world/server/store';
import type { WorldUiOptions } from '@/tests/world/server/ui-options';

/**
 * (b) The world is a correct simulation: an admin who follows the guide by hand,
 * with no help from the extension, ends with a working SP-initiated login.
 */
test('the whole setup done by hand ends in "Signed in as …" (classic drawing)', async ({ page, world }, testInfo) => {
  const blade = page.frameLocator('iframe[name=ReactView]');

  // Step 1: JustCall, enable SSO and copy the ACS URL and Entity ID.
  await page.goto('https://app.justcall.io/login');
  await page.getByLabel('Email').fill(JUSTCALL_OWNER.email);
  await page.getByLabel('Password').fill(JUSTCALL_OWNER.password);
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await page.waitForURL(/security\/sso/);
  await page.getByRole('switch', { name: 'Enable SSO' }).click();
  await page.getByRole('radio', { name: 'SAML 2.0' }).check();
  const acsUrl = await page.getByLabel('ACS URL').inputValue();
  const entityId = await page.getByLabel('Entity ID', { exact: true }).inputValue();
  expect(acsUrl).toBe('https://bifrost.justcall.io/passport/login/callback');
  expect(entityId).toBe('JustCall');

  // Step 2: create the enterprise application.
  await page.goto('https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview');
  await blade.getByRole('button', { name: 'New application' }).click();
  await blade.getByRole('button', { name: 'Create your own application' }).click();
  await blade.getByLabel("What's the name of your app?").fill('JustCall');
  await blade.getByLabel("Integrate any other application you don't find in the gallery (Non-gallery)").check();
  await blade.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);

  // Step 3: SAML. Basic SAML Configuration.
  await page.getByRole('link', { name: 'Single sign-on' }).click();
  await blade.getByRole('button', { name: 'SAML' }).click();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  await pane.getByLabel('Identifier (Entity ID)').first().fill(entityId);
  await pane.getByLabel('Reply URL (Assertion Consumer Service URL)').first().fill(acsUrl);
  await pane.getByLabel('Sign on URL (Optional)').fill('https://app.justcall.io/login');
  await pane.getByRole('button', { name: 'Save' }).click();
  // The pane re-renders from the saved values.
  await expect(pane.getByLabel('Identifier (Entity ID)').first()).toHaveValue(entityId);
  await pane.getByRole('button', { name: 'Close' }).click();

  // Attributes & Claims: email, firstName, lastName without a namespace.
  await blade.getByRole('region', { name: 'Attributes & Claims' }).getByRole('button', { name: 'Edit' }).click();
  await page.waitForURL(/AttributesAndClaimsBlade/);
  for (const [name, source] of [
    ['email', 'user.mail'],
    ['firstName', 'user.givenname'],
    ['lastName', 'user.surname'],
  ] as const) {
    await blade.getByRole('button', { name: 'Add new claim' }).click();
    const claim = blade.getByRole('dialog', { name: 'Manage claim' });
    await claim.getByLabel('Name', { exact: true }).fill(name);
    await expect(claim.getByLabel('Namespace')).toHaveValue('');
    const combo = claim.getByRole('combobox', { name: 'Source attribute' });
    await combo.click();
    await combo.fill(source.replace('user.', ''));
    await claim.getByRole('option', { name: source, exact: true }).click();
    await claim.getByRole('button', { name: 'Save' }).click();
    await expect(blade.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await page.goBack();

  // SAML Certificates: download Certificate (Base64); Set up JustCall: copy Login URL and Identifier.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    blade.getByRole('link', { name: 'Certificate (Base64) Download' }).click(),
  ]);
  const certPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(certPath);
  const setup = blade.getByRole('region', { name: 'Set up JustCall' });
  const loginUrl = await setup.getByLabel('Login URL').inputValue();
  const issuer = await setup.getByLabel('Microsoft Entra Identifier').inputValue();
  expect(loginUrl).toBe(`https://login.microsoftonline.com/${world.runtime.state.tenant.id}/saml2`);
  expect(issuer).toBe(`https://sts.windows.net/${world.runtime.state.tenant.id}/`);

  // Step 5: assign Adele.
  await page.getByRole('link', { name: 'Users and groups' }).click();
  await blade.getByRole('button', { name: 'Add user/group' }).click();
  await blade
    .getByRole('button', { name: 'None Selected' })
    .or(blade.getByRole('link', { name: 'None Selected' }))
    .first()
    .click();
  await blade.getByRole('searchbox').or(blade.getByLabel('Search')).first().fill('Adele');
  await blade.getByText('adele.vance@contoso.onmicrosoft.com').first().click();
  await blade.getByRole('button', { name: 'Select', exact: true }).click();
  await blade.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(blade.getByText('Adele Vance').first()).toBeVisible();

  // Step 4: complete JustCall.
  await page.goto('https://app.justcall.io/app/settings/security/sso');
  await page.getByLabel('SSO URL').fill(loginUrl);
  await page.getByLabel('Issuer / Entity ID').fill(issuer);
  await page.getByLabel('Certificate').setInputFiles(certPath);
  await page.getByRole('button', { name: /Default Role/ }).click();
  await page.getByRole('option', { name: 'Agent' }).click();
  await page.getByRole('button', { name: 'Save Configuration' }).click();
  await expect(page.getByText('SSO configuration saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Test Connection' }).click();
  await expect(page.getByText(/Connection successful/)).toBeVisible();

  // The proof: an SP-initiated login that JustCall's ACS accepts.
  await spInitiatedLogin(page, 'adele.vance@contoso.onmicrosoft.com');
  await expect(page.locator('body')).toContainText('Signed in as adele.vance@contoso.com');
  expect(world.runtime.state.signIns.at(-1)).toMatchObject({ ok: true, email: 'adele.vance@contoso.com' });
});

const CLAIMS = [
  ['email', 'user.mail'],
  ['firstName', 'user.givenname'],
  ['lastName', 'user.surname'],
] as const;

interface Run {
  title: string;
  ui: Partial<WorldUiOptions>;
  cloud?: CloudId;
  /** The test user as the tenant knows them. */
  signInAs?: string;
}

/** The Ibiza-style drawing in each stack, then German (with the gallery-style pane and a JustCall help-article layout) and Azure China. */
const RUNS: Run[] = [
  { title: 'Fluent UI React views', ui: { portalUi: 'fluent' } },
  { title: 'Knockout blades in the top document', ui: { portalUi: 'knockout' } },
  { title: 'mixed, per blade', ui: { portalUi: 'mixed' } },
  {
    title: 'mixed, in German, gallery-style Basic SAML, JustCall with a pasted certificate and no Issuer',
    ui: { portalUi: 'mixed', portalLang: 'de', basicSaml: 'gallery', justcallLayout: 'sso-url-paste' },
  },
  {
    title: 'in the Azure China (21Vianet) cloud, JustCall with its SP values beside the form',
    ui: { portalUi: 'mixed', justcallLayout: 'side-card' },
    cloud: 'china',
    signInAs: 'adele.vance@contoso.partner.onmschina.cn',
  },
];

for (const run of RUNS) {
  test.describe(run.title, () => {
    test.use({ worldUi: { loadDelayMs: E2E_LOAD_DELAY_MS, ...run.ui } });

    test('the whole setup done by hand ends in "Signed in as …"', async ({ page, world }, testInfo) => {
      const ui = world.runtime.ui;
      const portal = new Portal(page, ui, run.cloud);
      const sp = await justcallEnableSso(page, ui.justcallLayout);
      expect(sp).toEqual({ acsUrl: 'https://bifrost.justcall.io/passport/login/callback', entityId: 'JustCall' });

      await entraCreateApp(portal, 'JustCall');
      await expect(page.locator('html')).toHaveAttribute('lang', ui.portalLang);
      await entraBasicSaml(portal, { ...sp, signOnUrl: 'https://app.justcall.io/login' });
      await entraClaims(portal, CLAIMS);
      const setup = await entraReadSetup(portal, 'JustCall', testInfo);
      const tenant = run.cloud === 'china' ? CHINA_TENANT_ID : world.runtime.state.tenant.id;
      const login = run.cloud === 'china' ? 'login.partner.microsoftonline.cn' : 'login.microsoftonline.com';
      const issuerHost = run.cloud === 'china' ? 'sts.chinacloudapi.cn' : 'sts.windows.net';
      expect(setup.loginUrl).toBe(`https://${login}/${tenant}/saml2`);
      expect(setup.issuer).toBe(`https://${issuerHost}/${tenant}/`);
      await entraAssign(portal, 'Adele', 'Adele Vance');

      const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
      expect(app?.cloud).toBe(run.cloud ?? 'public');
      await justcallCompleteSso(page, ui.justcallLayout, setup);

      await spInitiatedLogin(page, run.signInAs ?? 'adele.vance@contoso.onmicrosoft.com');
      expect(page.url()).toMatch(/bifrost\.justcall\.io/);
      await expect(page.locator('body')).toContainText('Signed in as adele.vance@contoso.com');
      expect(world.runtime.state.signIns.at(-1)).toMatchObject({ ok: true, email: 'adele.vance@contoso.com' });
    });
  });
}

/** SCIM provisioning by hand in both layouts, each stack, a cycle really reaching JustCall's SCIM endpoint. */
const PROVISIONING_RUNS: { title: string; ui: Partial<WorldUiOptions> }[] = [
  { title: 'classic provisioning page in Fluent UI', ui: { portalUi: 'fluent', provisioningUi: 'classic' } },
  { title: 'classic provisioning page in Knockout, in German', ui: { portalUi: 'knockout', provisioningUi: 'classic', portalLang: 'de' } },
  { title: 'newer provisioning flow in Fluent UI, in Japanese', ui: { portalUi: 'fluent', provisioningUi: 'new', portalLang: 'ja' } },
  { title: 'newer provisioning flow in Knockout', ui: { portalUi: 'knockout', provisioningUi: 'new' } },
];

for (const run of PROVISIONING_RUNS) {
  test.describe(run.title, () => {
    test.use({ worldUi: { loadDelayMs: E2E_LOAD_DELAY_MS, ...run.ui } });

    test('provisioning set up by hand provisions the assigned user into JustCall', async ({ page, world }) => {
      await world.applyScenario('configured');
      const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
      if (!app) throw new Error('scenario configured made no app');
      await justcallLogin(page);
      const creds = await justcallScimCredentials(page);
      const portal = new Portal(page, world.runtime.ui);
      await page.goto(
        `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${app.objectId}/appId/${app.appId}`,
      );
      if (world.runtime.ui.provisioningUi === 'classic') {
        await entraProvisioningClassic(portal, creds);
        expect(app.provisioning).toMatchObject({ mode: 'Automatic', status: 'On', tenantUrl: creds.tenantUrl });
        // The cycle the portal would start on its 40-minute schedule, run now.
        expect(await runProvisioningCycle(world.runtime, app)).not.toBeNull();
      } else {
        await entraProvisioningNew(portal, creds);
        expect(app.provisioning).toMatchObject({ mode: 'Automatic', status: 'On', tenantUrl: creds.tenantUrl });
      }
      expect(app.provisioning.lastCycle?.errors).toEqual([]);
      expect(world.runtime.state.justcall.users).toEqual(
        expect.arrayContaining([expect.objectContaining({ email: 'adele.vance@contoso.com', source: 'scim', active: true })]),
      );
    });
  });
}

for (const portalUi of ['fluent', 'knockout'] as const) {
  test.describe(`certificate rotation in ${portalUi}`, () => {
    test.use({ worldUi: { portalUi, loadDelayMs: E2E_LOAD_DELAY_MS } });

    test('a new certificate made active by hand is the one the SAML page and the metadata show', async ({ page, world }) => {
      await world.applyScenario('configured');
      const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
      if (!app) throw new Error('scenario configured made no app');
      const before = app.certificates.find((c) => c.status === 'Active')?.thumbprint ?? '';
      const portal = new Portal(page, world.runtime.ui);
      await page.goto(
        `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${app.objectId}/appId/${app.appId}/preferredSingleSignOnMode/saml`,
      );
      await expect(portal.samlSection('SAML Certificates')).toContainText(before);
      await entraRotateCertificate(portal);
      const after = app.certificates.find((c) => c.status === 'Active')?.thumbprint ?? '';
      expect(after).not.toBe(before);
      await expect(portal.samlSection('SAML Certificates')).toContainText(after);
      const metadata = await worldRequest(
        world.port,
        `https://login.microsoftonline.com/${world.runtime.state.tenant.id}/federationmetadata/2007-06/federationmetadata.xml?appid=${app.appId}`,
      );
      const active = app.certificates.find((c) => c.status === 'Active');
      expect(metadata.body).toContain(active?.certPem.replace(/-----[A-Z ]+-----|\s/g, '') ?? 'no active certificate');
    });
  });
}
