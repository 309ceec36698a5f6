import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { Portal } from './support/world-portal';
import { reactViewHost } from '@/tests/world/client/entra/ibiza/views';

/**
 * The Ibiza-style drawing has the shape the public evidence describes
 * (portal-dom-evidence.md): checked on the rendered pages, as the engine will
 * meet them. Each test names the evidence point it checks.
 */

function samlUrl(app: { objectId: string; appId: string }, origin = 'https://entra.microsoft.com'): string {
  return `${origin}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${app.objectId}/appId/${app.appId}/preferredSingleSignOnMode/saml`;
}

function firstApp(world: { runtime: { state: { apps: { objectId: string; appId: string }[] } } }) {
  const app = world.runtime.state.apps[0];
  if (!app) throw new Error('the scenario made no app');
  return app;
}

test.describe('Fluent UI React views', () => {
  test.use({ worldUi: { portalUi: 'fluent', loadDelayMs: E2E_LOAD_DELAY_MS, portalLang: 'de', seed: 7 } });

  test('are <View>.ReactView iframes from sandbox hosts, titled by the shell, kept hidden when inactive (points 2, 3)', async ({
    page,
    world,
  }) => {
    await world.applyScenario('app-exists');
    const app = firstApp(world);
    const portal = new Portal(page, world.runtime.ui);
    await page.goto(samlUrl(app));
    const frame = page.locator('iframe.fxs-reactview-frame-active');
    await expect(frame).toHaveAttribute('name', 'SamlConfiguration.ReactView');
    const src = new URL((await frame.getAttribute('src')) ?? '');
    expect(src.hostname).toBe(reactViewHost('SamlConfiguration', 7, 'public'));
    expect(src.hostname).toMatch(/^sandbox-\d\.reactblade(-ms|-rc)?\.portal\.azure\.net$/);
    // The shell passes the locale; the frame's document is in that language.
    expect(src.searchParams.get('l')).toBe('de-de');
    await expect(portal.frame('SamlConfiguration').locator('html')).toHaveAttribute('lang', 'de');
    await expect(portal.bladeTitle()).toHaveText('JustCall | SAML-basierte Anmeldung');

    await portal.samlSection('Grundlegende SAML-Konfiguration').getByRole('button', { name: 'Bearbeiten' }).click();
    await expect(portal.paneTitle()).toHaveText('Grundlegende SAML-Konfiguration');
    await expect(page.locator('.fxs-contextpane [data-contenttitle="Grundlegende SAML-Konfiguration"]')).toHaveCount(1);
    // The pane's heading is not inside the frame that holds its inputs.
    await expect(portal.link('BasicSamlConfiguration', 'Bezeichner hinzufügen')).toBeVisible();
    await expect(portal.frame('BasicSamlConfiguration').getByText('Grundlegende SAML-Konfiguration', { exact: true })).toHaveCount(0);

    await portal.menu('Benutzer und Gruppen').click();
    await expect(page.locator('iframe.fxs-reactview-frame-active[name="UsersAndGroups.ReactView"]')).toHaveCount(1);
    const old = page.locator('iframe[name="SamlConfiguration.ReactView"]');
    await expect(old).toHaveCount(1);
    await expect(old).toBeHidden();
    await expect(old).not.toHaveClass(/fxs-reactview-frame-active/);
  });

  test('Fluent draws labels with tooltips, dropdown options in a layer, grids with aria-colindex cells (point 5)', async ({
    page,
    world,
  }) => {
    world.setUi({ portalLang: 'en', provisioningUi: 'classic' });
    await world.applyScenario('configured');
    const app = firstApp(world);
    const portal = new Portal(page, world.runtime.ui);
    await page.goto(samlUrl(app));
    await portal.samlSection('Basic SAML Configuration').getByRole('button', { name: 'Edit' }).click();
    const pane = portal.frame('BasicSamlConfiguration');
    const signOn = pane.getByRole('textbox', { name: 'Sign on URL (Optional)', exact: true });
    await expect(signOn).toHaveValue('https://app.justcall.io/login');
    // The label's text content holds the hidden tooltip sentence; the computed name does not.
    const labelText = await pane.locator('label', { hasText: 'Sign on URL (Optional)' }).textContent();
    expect(labelText).toContain('service provider-initiated single sign-on');

    // A value set without React's events is not what Save sends.
    await signOn.evaluate((el: HTMLInputElement) => {
      el.value = 'https://app.justcall.io/other';
    });
    await portal.command('BasicSamlConfiguration', 'Save').click();
    await expect(portal.notification('Saved single sign-on configuration')).toBeVisible();
    expect(world.runtime.state.apps[0]?.signOnUrl).toBe('https://app.justcall.io/login');

    await page.goto(
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${app.objectId}/appId/${app.appId}`,
    );
    const prov = portal.frame('ProvisioningClassic');
    await prov.getByRole('button', { name: 'Get started' }).click();
    // Named "<label> <selected option>" by aria-labelledby; the required mark (CSS ::after) is part of it.
    const mode = prov.getByRole('combobox', { name: 'Provisioning Mode * Manual', exact: true });
    await mode.click();
    // The options live in a Layer in a host element at the end of <body>, not under the dropdown.
    await expect(prov.locator('body > div:last-child > .ms-Layer').getByRole('option', { name: 'Automatic' })).toBeVisible();
    await expect(prov.locator('#root').getByRole('option')).toHaveCount(0);
    await prov.getByRole('option', { name: 'Automatic' }).click();
    await expect(prov.getByRole('combobox', { name: 'Provisioning Mode * Automatic', exact: true })).toBeVisible();

    await portal.menu('Users and groups').click();
    const grid = portal.frame('UsersAndGroups').getByRole('grid');
    const row = grid.getByRole('row').filter({ hasText: 'Adele Vance' });
    await expect(row.locator('> [role=gridcell]').first()).toBeVisible();
    const cells = row.locator('> [role=presentation][data-automationid=DetailsRowFields] > [role=gridcell][aria-colindex]');
    await expect(cells.first()).toHaveText('Adele Vance');
    expect(await cells.count()).toBe(3);
  });
});

test.describe('Knockout blades', () => {
  test.use({ worldUi: { portalUi: 'knockout', loadDelayMs: E2E_LOAD_DELAY_MS } });

  test('draw in the top document beside empty hidden hosting iframes, with azc markup (points 1, 4)', async ({ page, world }) => {
    await world.applyScenario('app-exists');
    const app = firstApp(world);
    const portal = new Portal(page, world.runtime.ui);
    await page.goto(samlUrl(app));
    await expect(page.locator('.ext-saml-section').first()).toBeVisible();
    await expect(page.locator('iframe.fxs-reactview-frame')).toHaveCount(0);
    const hosting = page.locator('iframe[src*=".hosting.portal.azure.net/"]');
    await expect(hosting).toHaveCount(2);
    await expect(hosting.first()).toBeHidden();
    await expect(page.frameLocator('iframe[name="Microsoft_AAD_IAM"]').locator('body')).toBeEmpty();
    // A public scraper reads this from the top document's text.
    await expect(page.locator('body')).toContainText('Unique User Identifier');

    await portal.samlSection('Basic SAML Configuration').getByRole('button', { name: 'Edit' }).click();
    await portal.link('BasicSamlConfiguration', 'Add identifier').click();
    const control = portal.koControl('BasicSamlConfiguration', 'Identifier (Entity ID)');
    await expect(control.locator('> .azc-form-labelcontainer > label.azc-form-label')).not.toHaveAttribute('for', /./);
    await expect(control.locator('.azc-required-balloon')).toHaveCount(1);
    await expect(control.locator('.azc-form-infoballoon[role=button]')).toHaveCount(1);
    const id = control.locator('input');
    await expect(id).toHaveAttribute('id', /^_tsx_e_\d+$/);
    await expect(id).toHaveAttribute('aria-label', 'Identifier (Entity ID):');
    const signOn = portal
      .koControl('BasicSamlConfiguration', 'Sign on URL (Optional)')
      .locator('.azc-formElementSubLabelContainer > .azc-formElementContainer > .azc-textBox > .azc-inputbox-wrapper > input.azc-input');
    await expect(signOn.locator('xpath=following-sibling::label[1]')).toHaveClass('fxs-hide-accessible-label');
    await expect(signOn.locator('xpath=following-sibling::label[1]')).toHaveText('');
    await expect(page.locator('.fxs-contextpane li.azc-toolbar-item[title="Save"]')).toHaveCount(1);

    // Knockout's value binding reads the input on change: an input event alone changes nothing.
    await id.fill('JustCall');
    await portal.link('BasicSamlConfiguration', 'Add reply URL').click();
    await portal
      .koControl('BasicSamlConfiguration', 'Reply URL (Assertion Consumer Service URL)')
      .locator('input')
      .fill('https://bifrost.justcall.io/passport/login/callback');
    await signOn.evaluate((el: HTMLInputElement) => {
      el.value = 'https://app.justcall.io/login';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await portal.command('BasicSamlConfiguration', 'Save').click();
    await expect(portal.notification('Saved single sign-on configuration')).toBeVisible();
    expect(world.runtime.state.apps[0]?.identifiers).toEqual([{ value: 'JustCall', isDefault: true }]);
    expect(world.runtime.state.apps[0]?.signOnUrl).toBe('');
  });

  test('draw dropdowns as div[role=combobox] with div[role=treeitem] options (point 4)', async ({ page, world }) => {
    await world.applyScenario('configured');
    const app = firstApp(world);
    await page.goto(
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${app.objectId}/appId/${app.appId}`,
    );
    const portal = new Portal(page, world.runtime.ui);
    await portal.button('ProvisioningClassic', 'Get started').click();
    const combo = page.locator('div[role=combobox][aria-label="Provisioning Mode selector"]');
    await combo.click();
    await expect(page.locator('div[role=treeitem]', { hasText: 'Automatic' })).toBeVisible();
  });

  test('take 20 seconds to draw when the world says so', async ({ page, world }) => {
    world.setUi({ loadDelayMs: 20_000 });
    await world.applyScenario('app-exists');
    await page.goto(samlUrl(firstApp(world)));
    await expect(new Portal(page, world.runtime.ui).bladeTitle()).toHaveText('JustCall | SAML-based Sign-on');
    await expect(page.locator('.fxs-journey-layout .fxs-blade-progress')).toBeVisible();
    await page.waitForTimeout(2000);
    await expect(page.locator('.ext-saml-section')).toHaveCount(0);
  });
});

test.describe('Azure China (21Vianet)', () => {
  test.use({ worldUi: { portalUi: 'mixed', loadDelayMs: E2E_LOAD_DELAY_MS } });

  test('loads its views and hosting frames from the China hosts (section 2 of the clouds file)', async ({ page, world }) => {
    await world.applyScenario('china-app-exists');
    const app = firstApp(world);
    await page.goto(
      `https://portal.azure.cn/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/UsersAndGroups/objectId/${app.objectId}/appId/${app.appId}`,
    );
    const frame = page.locator('iframe.fxs-reactview-frame-active');
    await expect(frame).toHaveAttribute('src', /^https:\/\/sandbox-\d\.reactblade\.portal\.chinacloudapi\.cn(:\d+)?\//);
    await expect(page.locator('iframe[src*=".hosting.azureportal.chinacloudapi.cn/"]')).toHaveCount(2);
    await expect(page.locator('.fxs-topbar-home')).toHaveText('Microsoft Azure');
  });
});

test.describe('JustCall help-article layouts', () => {
  test('have no provisioning page: JustCall\'s not-found page, or its "not supported" notice (points 11, 12)', async ({ page, world }) => {
    world.setUi({ justcallLayout: 'entry-point' });
    await page.goto('https://app.justcall.io/app/settings/security/sso');
    await page.getByRole('switch', { name: 'Enable SSO' }).click();
    await page.getByRole('radio', { name: 'SAML 2.0' }).check();
    await expect(page.getByLabel('Entry Point URL')).toBeVisible();
    await expect(page.getByLabel('X.509 Certificate')).toBeVisible();
    await expect(page.getByLabel('ACS URL')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Provisioning' })).toHaveCount(0);
    await page.goto('https://app.justcall.io/app/settings/security/provisioning');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

    world.setUi({ justcallLayout: 'sso-url-paste' });
    await page.goto('https://app.justcall.io/app/settings/security/provisioning');
    await expect(page.getByText('User provisioning is currently not supported')).toBeVisible();

    world.setUi({ justcallLayout: 'saml-endpoint' });
    await page.goto('https://app.justcall.io/app/settings/security/sso');
    await expect(page.getByLabel('SAML 2.0 Endpoint (HTTP)')).toBeVisible();
    await expect(page.getByLabel('Issuer / Entity ID')).toHaveCount(0);
  });
});
