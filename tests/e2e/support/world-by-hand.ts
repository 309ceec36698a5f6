import { readFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { JUSTCALL_LAYOUT_DEFS } from '@/tests/world/server/justcall-layouts';
import { JUSTCALL_ACS_URL, JUSTCALL_ENTITY_ID, JUSTCALL_OWNER } from '@/tests/world/server/store';
import type { JustCallLayoutName } from '@/tests/world/server/ui-options';
import { escapeRe, type Portal } from './world-portal';

/**
 * The guide's steps done by hand against the Ibiza-style drawing, one
 * function per step, for any stack, language, cloud and JustCall layout.
 */

export async function justcallLogin(page: Page): Promise<void> {
  await page.goto('https://app.justcall.io/login');
  await page.getByLabel('Email').fill(JUSTCALL_OWNER.email);
  await page.getByLabel('Password').fill(JUSTCALL_OWNER.password);
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await page.waitForURL(/security\/sso/);
}

/** Step 1: enable SSO; read ACS URL and Entity ID where the page shows them, else JustCall's documented values. */
export async function justcallEnableSso(page: Page, layout: JustCallLayoutName): Promise<{ acsUrl: string; entityId: string }> {
  await justcallLogin(page);
  await page.getByRole('switch', { name: 'Enable SSO' }).click();
  await page.getByRole('radio', { name: 'SAML 2.0' }).check();
  if (JUSTCALL_LAYOUT_DEFS[layout].spValues === 'hidden') {
    await expect(page.getByLabel('ACS URL')).toHaveCount(0);
    return { acsUrl: JUSTCALL_ACS_URL, entityId: JUSTCALL_ENTITY_ID };
  }
  return {
    acsUrl: await page.getByLabel('ACS URL').inputValue(),
    entityId: await page.getByLabel('Entity ID', { exact: true }).inputValue(),
  };
}

/** Step 2: New application → Create your own application → name, Non-gallery → Create. */
export async function entraCreateApp(portal: Portal, name: string): Promise<void> {
  const { page, t } = portal;
  await page.goto(`${portal.origin}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`);
  await expect(portal.bladeTitle()).toHaveText(`${t('enterpriseApps')} | ${t('allApplications')}`);
  await portal.command('EnterpriseAppsList', t('newApplication')).click();
  await portal.command('AppGallery', t('createOwnApp')).click();
  await expect(portal.paneTitle()).toHaveText(t('createOwnApp'));
  await portal.field('CreateOwnApplication', t('appNameQuestion')).fill(name);
  await portal.choose('CreateOwnApplication', t('kindNonGallery'));
  await portal.button('CreateOwnApplication', t('create')).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
  await expect(portal.bladeTitle()).toHaveText(`${name} | ${t('overview')}`);
}

/** Step 3a: Single sign-on → SAML, then Basic SAML Configuration: the rows appear only once "Add …" is clicked. */
export async function entraBasicSaml(portal: Portal, v: { entityId: string; acsUrl: string; signOnUrl: string }): Promise<void> {
  const { page, t } = portal;
  await portal.menu(t('singleSignOn')).click();
  await portal.button('SingleSignOnMethods', new RegExp(`^${escapeRe(t('saml'))}\\b`)).click();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);
  await portal
    .samlSection(t('basicSaml'))
    .getByRole('button', { name: t('edit') })
    .click();
  await expect(portal.paneTitle()).toHaveText(t('basicSaml'));
  const pane = 'BasicSamlConfiguration';
  const scope = portal.scope(pane);
  const addId = portal.link(pane, t('addIdentifier'));
  await expect(addId).toBeVisible();
  const rows = scope.locator('input[type=text]');
  if (portal.ui.basicSaml === 'non-gallery') {
    // A new non-gallery app has no Identifier or Reply URL input yet: only Sign on URL, Relay State and Logout Url.
    await expect(rows).toHaveCount(3);
    await addId.click();
    await portal.link(pane, t('addReplyUrl')).click();
  }
  const idInput =
    portal.stack(pane) === 'fluent'
      ? scope.getByRole('textbox', { name: t('identifier'), exact: true })
      : portal.koControl(pane, t('identifier')).locator('input');
  await idInput.fill(v.entityId);
  const replyInput =
    portal.stack(pane) === 'fluent'
      ? scope.getByRole('textbox', { name: new RegExp(`^${escapeRe(t('replyUrl'))}`) })
      : portal.koControl(pane, t('replyUrl')).locator('input');
  await replyInput.fill(v.acsUrl);
  if (portal.ui.basicSaml === 'gallery') {
    await expect(portal.field(pane, `${t('signOnUrl')} ${t('optionalSuffix')}`)).toHaveCount(0);
    await portal.button(pane, new RegExp(escapeRe(t('setAdditionalUrls')))).click();
  }
  await portal.field(pane, `${t('signOnUrl')} ${t('optionalSuffix')}`).fill(v.signOnUrl);
  await portal.command(pane, t('save')).click();
  await expect(portal.notification(t('savedSso'))).toBeVisible();
  await expect(idInput).toHaveValue(v.entityId);
  await portal.closePane();
  await expect(portal.samlSection(t('basicSaml'))).toContainText(v.entityId);
}

/** Step 3b: Attributes & Claims: email, firstName, lastName with an empty Namespace, each picked from the source list. */
export async function entraClaims(portal: Portal, claims: readonly (readonly [string, string])[]): Promise<void> {
  const { page, t } = portal;
  await portal
    .samlSection(t('attributesClaims'))
    .getByRole('button', { name: t('edit') })
    .click();
  await page.waitForURL(/AttributesAndClaimsBlade/);
  for (const [name, source] of claims) {
    await portal.command('AttributesAndClaims', t('addNewClaim')).click();
    await expect(portal.paneTitle()).toHaveText(t('manageClaim'));
    await portal.field('ManageClaim', t('name')).fill(name);
    await expect(portal.field('ManageClaim', t('namespace'))).toHaveValue('');
    await portal.pickTyped('ManageClaim', t('sourceAttribute'), source.replace('user.', ''), source);
    await portal.command('ManageClaim', t('save')).click();
    await expect(portal.page.locator('.fxs-contextpane')).toBeHidden();
    await expect(portal.link('AttributesAndClaims', name)).toBeVisible();
  }
  await page.goBack();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);
}

/** Step 3c: download Certificate (Base64); read Login URL and the Identifier under "Set up <app>". */
export async function entraReadSetup(
  portal: Portal,
  appName: string,
  testInfo: TestInfo,
): Promise<{ certPath: string; certText: string; loginUrl: string; issuer: string }> {
  const { page, t } = portal;
  const certs = portal.samlSection(t('samlCertificates'));
  const [download] = await Promise.all([page.waitForEvent('download'), portal.download(certs, t('certBase64')).click()]);
  const certPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(certPath);
  const setup = portal.samlSection(t('setUpApp', { app: appName }));
  return {
    certPath,
    certText: readFileSync(certPath, 'utf8'),
    loginUrl: await portal.sectionValue(setup, t('loginUrl')).inputValue(),
    issuer: await portal.sectionValue(setup, t('entraIdentifier')).inputValue(),
  };
}

/** Step 5: Users and groups → Add user/group → None Selected → pick → Select → Assign. */
export async function entraAssign(portal: Portal, search: string, displayName: string): Promise<void> {
  const { t } = portal;
  await portal.menu(t('usersAndGroups')).click();
  await portal.command('UsersAndGroups', t('addUserGroup')).click();
  await expect(portal.bladeTitle()).toHaveText(t('addAssignment'));
  await portal.link('AddAssignment', t('noneSelected')).click();
  await expect(portal.paneTitle()).toHaveText(t('usersAndGroups'));
  const picker = portal.scope('PrincipalPicker');
  await picker.getByRole('searchbox').fill(search);
  if (portal.stack('PrincipalPicker') === 'fluent')
    await picker
      .getByRole('row', { name: new RegExp(displayName) })
      .getByRole('checkbox')
      .click();
  else await picker.getByRole('option', { name: new RegExp(displayName) }).click();
  await portal.button('PrincipalPicker', t('select')).click();
  await expect(portal.link('AddAssignment', t('nSelected', { n: 1 }))).toBeVisible();
  await portal.button('AddAssignment', t('assign')).click();
  await expect(portal.bladeTitle()).toHaveText(new RegExp(`\\| ${escapeRe(t('usersAndGroups'))}$`));
  await expect(portal.scope('UsersAndGroups').getByText(displayName, { exact: true })).toBeVisible();
}

/** Step 4: JustCall's SSO form, as the layout draws it. */
export async function justcallCompleteSso(
  page: Page,
  layout: JustCallLayoutName,
  v: { loginUrl: string; issuer: string; certPath: string; certText: string },
): Promise<void> {
  const def = JUSTCALL_LAYOUT_DEFS[layout];
  await page.goto('https://app.justcall.io/app/settings/security/sso');
  await page.getByLabel(def.idpUrlLabel, { exact: true }).fill(v.loginUrl);
  if (def.issuerField) await page.getByLabel('Issuer / Entity ID').fill(v.issuer);
  else await expect(page.getByLabel('Issuer / Entity ID')).toHaveCount(0);
  if (def.certificate === 'upload') await page.getByLabel('Certificate', { exact: true }).setInputFiles(v.certPath);
  else await page.getByLabel('X.509 Certificate').fill(v.certText);
  await page.getByRole('button', { name: /Default Role/ }).click();
  await page.getByRole('option', { name: 'Agent' }).click();
  await page.getByRole('button', { name: 'Save Configuration' }).click();
  await expect(page.getByText('SSO configuration saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Test Connection' }).click();
  await expect(page.getByText(/Connection successful/)).toBeVisible();
}

/** JustCall's Settings → Security → Provisioning: the Tenant URL and the revealed Secret Token. */
export async function justcallScimCredentials(page: Page): Promise<{ tenantUrl: string; secretToken: string }> {
  await page.goto('https://app.justcall.io/app/settings/security/provisioning');
  const tenantUrl = await page.getByLabel('Tenant URL').inputValue();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByLabel('Secret Token')).not.toHaveValue(/•/);
  return { tenantUrl, secretToken: await page.getByLabel('Secret Token').inputValue() };
}

/** Provisioning, classic layout: Get started, Mode Automatic, Admin Credentials, Test Connection, Status On, Save. */
export async function entraProvisioningClassic(portal: Portal, creds: { tenantUrl: string; secretToken: string }): Promise<void> {
  const { t } = portal;
  const view = 'ProvisioningClassic';
  await portal.menu(t('provisioning')).click();
  await expect(portal.bladeTitle()).toHaveText(new RegExp(`\\| ${escapeRe(t('provisioning'))}$`));
  await portal.button(view, t('getStarted')).click();
  await expect(portal.field(view, t('tenantUrl'))).toHaveCount(0);
  await portal.pick(view, t('provisioningMode'), t('automatic'));
  await portal.field(view, t('tenantUrl')).fill(creds.tenantUrl);
  await portal.field(view, t('secretToken')).fill(creds.secretToken);
  await portal.button(view, t('testConnection')).click();
  await expect(
    portal.scope(view).getByRole('status').filter({ hasText: 'The supplied credentials are authorized to enable provisioning' }),
  ).toBeVisible();
  if (portal.stack(view) === 'fluent')
    await portal
      .scope(view)
      .getByRole('switch', { name: t('provisioningStatus') })
      .click();
  else
    await portal
      .scope(view)
      .getByRole('radio', { name: t('on'), exact: true })
      .click();
  await portal.command(view, t('save')).click();
  await expect(portal.notification(t('savedProvisioning'))).toBeVisible();
}

/** Provisioning, newer flow: New configuration, Authentication Method, Test connection, then (only then) Create; Start provisioning. */
export async function entraProvisioningNew(portal: Portal, creds: { tenantUrl: string; secretToken: string }): Promise<void> {
  const { t } = portal;
  const view = 'ProvisioningNew';
  await portal.menu(t('provisioning')).click();
  await expect(portal.bladeTitle()).toHaveText(new RegExp(`\\| ${escapeRe(t('provisioning'))}$`));
  await portal.command(view, t('newConfiguration')).click();
  await expect(portal.field(view, t('tenantUrl'))).toHaveCount(0);
  await portal.pick(view, t('authMethod'), t('bearer'));
  await portal.field(view, t('tenantUrl')).fill(creds.tenantUrl);
  await portal.field(view, t('secretToken')).fill(`${creds.secretToken}-wrong`);
  const create = portal.button(view, t('create'));
  await portal.button(view, t('testConnectionNew')).click();
  await expect(
    portal
      .scope(view)
      .getByRole('status')
      .filter({ hasText: t('testFailed', { app: 'JustCall' }) }),
  ).toBeVisible();
  await expect(create).toBeDisabled();
  await portal.field(view, t('secretToken')).fill(creds.secretToken);
  await portal.button(view, t('testConnectionNew')).click();
  await expect(
    portal.scope(view).getByRole('status').filter({ hasText: 'The supplied credentials are authorized to enable provisioning' }),
  ).toBeVisible();
  await expect(create).toBeEnabled();
  await create.click();
  await expect(portal.notification(t('configurationCreated'))).toBeVisible();
  await portal.command(view, t('startProvisioning')).click();
  await expect(portal.notification(t('provisioningStarted'))).toBeVisible();
}

/** SAML Certificates: New Certificate, then make the new (inactive) one active: a rotation. */
export async function entraRotateCertificate(portal: Portal): Promise<void> {
  const { t, page } = portal;
  await portal
    .samlSection(t('samlCertificates'))
    .getByRole('button', { name: t('edit') })
    .click();
  await expect(portal.paneTitle()).toHaveText(t('samlSigningCertificate'));
  const view = 'SamlCertificates';
  await portal.command(view, t('newCertificate')).click();
  await expect(portal.notification(t('newCertificate'))).toBeVisible();
  const scope = portal.scope(view);
  const inactive = scope.getByRole('row').filter({ hasText: t('inactive') });
  await expect(inactive).toHaveCount(1);
  if (portal.stack(view) === 'fluent') {
    await inactive.getByRole('button', { name: t('moreOptions') }).click();
    // The menu opens in a layer at the end of the frame's body.
    await scope.getByRole('menuitem', { name: t('makeActive') }).click();
  } else {
    await inactive.getByRole('button', { name: t('makeActive') }).click();
  }
  await expect(scope.getByRole('row').filter({ hasText: t('inactive') })).toHaveCount(1);
  await portal.closePane();
  await expect(page.locator('.fxs-contextpane')).toBeHidden();
}
