import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { readmeShot } from './support/screenshots';
import type { AssistantControl } from './support/control';
import {
  assistant,
  BLADE,
  bladeOf,
  ENTERPRISE_APPS,
  expectControlText,
  expectFieldStatus,
  expectStep,
  frameOnHost,
  JUSTCALL_SSO,
  loginJustCallOwner,
  stepCard,
} from './support/setup-flows';
import { JUSTCALL_OWNER_NAME } from '@/tests/world/server/store';

/**
 * Issue 13: a first-time admin's walk, in the order a newcomer takes it,
 * following only the wizard and the in-page controls: JustCall first (and
 * an early press of "Fill from Entra" there), then Entra, back to the
 * JustCall tab left open (no reload), then SCIM starting from JustCall. At
 * each point it asserts what the admin reads, so the traps the walk found
 * cannot come back: contradicting or stale messages, internal names, Save
 * pointed at where saving is wrong, Fill offered where it cannot fill.
 */

/** Words of ours that must never reach the admin: field keys, feature and step ids. */
const INTERNAL =
  /\bssoUrl\b|\bdefaultRole\b|\breplyUrl\b|\bentraIdentifier\b|\((basic-saml|claims|justcall-idp)\)|\b(entra|justcall)\/[a-z-]+\b/;

/** What the control says now, once it says `expected`; never an internal name, never a message of another state. */
async function says(control: AssistantControl, expected: string | RegExp, never: readonly (string | RegExp)[] = []): Promise<string> {
  await expectControlText(control, expected);
  const text = await control.text();
  expect(text, `${control.feature} shows no internal name`).not.toMatch(INTERNAL);
  for (const n of never) {
    if (typeof n === 'string') expect(text, `${control.feature} no longer says "${n}"`).not.toContain(n);
    else expect(text, `${control.feature} no longer says ${String(n)}`).not.toMatch(n);
  }
  return text;
}

const heading = (panel: Page) => panel.locator('#steps-h');

test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

test("a newcomer's order: JustCall first, an early Fill, Entra, back to JustCall, then SCIM from JustCall", async ({
  page,
  ext,
  context,
}) => {
  test.setTimeout(240_000);
  const panel = await ext.openSidePanel();
  // Eight cards, none sharing a number, and a count that says what it counts.
  await expect(panel.locator('li.step .step-no')).toHaveText(['1', '2', '3a', '3b', '3c', '4', '5', '6 (optional)']);
  await expect(heading(panel)).toContainText('0 of 7 required steps done; SCIM optional');

  // --- JustCall first. Before SSO is on there is no form: nothing to fill, and the control says how to get it.
  const jcPage = await context.newPage();
  await loginJustCallOwner(jcPage);
  await jcPage.goto(JUSTCALL_SSO);
  const jc = assistant(jcPage, 'justcall/sso');
  await says(jc, 'Turn on Enable SSO and choose SAML 2.0', ['no Issuer field', 'no Default Role field', 'Ready to fill']);
  expect((await jc.snapshot()).buttons).not.toContain('Fill from Entra');

  await jcPage.getByRole('switch', { name: 'Enable SSO' }).click();
  await jcPage.getByRole('radio', { name: 'SAML 2.0' }).check();
  await panel.getByLabel('I understand, and I have a way back in').check();
  await expectStep(panel, 'justcall-sso', 'done');
  // Not ready: what is missing, and where to get it; Default Role alone is no reason to say "ready".
  await says(jc, 'Not ready to fill yet: these values come from Entra. Still needed:', ['Ready to fill', 'Turn on Enable SSO']);
  await says(jc, "Login URL (SSO URL): open the app's SAML page in Entra");
  await says(jc, 'Certificate: open the app');

  // The early press of "Fill from Entra": nothing is filled or reported, Save is not pointed at, and the control says why.
  await jc.click('Fill from Entra');
  await says(jc, 'Nothing was filled: the values this form needs come from Entra', ['could not be filled', 'Now click', 'not found']);
  expect((await jc.snapshot()).fields).toEqual([]);
  await expect(jcPage.locator('[data-sso-assistant-highlight]')).toHaveCount(0);
  await expect(jcPage.getByLabel('SSO URL')).toHaveValue('');
  await readmeShot(jcPage, 'control-not-ready', { fullPage: false });
  // The side panel agrees: step 4 has not started, and offers no empty Copy for a field it never tried.
  await expectStep(panel, 'justcall-idp', 'not-started');
  await expect(stepCard(panel, 'justcall-idp').locator('[data-missing]')).toHaveCount(0);
  await expect(stepCard(panel, 'justcall-idp')).not.toContainText('Field not found');

  // --- Entra: create the app.
  await page.bringToFront();
  await page.goto(ENTERPRISE_APPS);
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'New application' }).click();
  await blade.getByRole('button', { name: 'Create your own application' }).click();
  const create = assistant(page, 'entra/create-app', BLADE);
  await create.click('Fill from JustCall');
  await says(create, 'Now click Create on the page (highlighted)');
  await blade.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/ManagedAppMenuBlade\/~\/Overview/);
  await expectStep(panel, 'create-app', 'done');

  // The SAML overview: nothing to fill here, so no Fill; the controls say what to open. Entra's default claims are not a "Problem".
  await page.getByRole('link', { name: 'Single sign-on' }).click();
  await blade.getByRole('button', { name: 'SAML' }).click();
  await page.waitForURL(/preferredSingleSignOnMode\/saml/);
  const basic = assistant(page, 'entra/basic-saml', BLADE);
  await says(basic, 'Next: click Edit on Basic SAML Configuration (highlighted).');
  expect((await basic.snapshot()).buttons).not.toContain('Fill from JustCall');
  await expectStep(panel, 'claims', 'not-started');
  await expect(stepCard(panel, 'claims').getByTestId('step-state')).toHaveText('Not started');

  // Basic SAML Configuration.
  await blade.getByRole('region', { name: 'Basic SAML Configuration' }).getByRole('button', { name: 'Edit' }).click();
  const pane = blade.getByRole('dialog', { name: 'Basic SAML Configuration' });
  await says(basic, 'Ready to fill: Identifier (Entity ID), Reply URL (Assertion Consumer Service URL), Sign on URL.', [
    'Next: click Edit',
  ]);
  await basic.click('Fill from JustCall');
  await expect.poll(() => basic.statuses()).toEqual(['filled', 'filled', 'filled']);
  await says(basic, 'Now click Save on the page (highlighted)', ['Ready to fill']);
  await pane.getByRole('button', { name: 'Save' }).click();
  await expect(pane.getByLabel('Identifier (Entity ID)').first()).toHaveValue('JustCall');
  await pane.getByRole('button', { name: 'Close' }).click();
  await expectStep(panel, 'basic-saml', 'done');

  // Attributes & Claims: one voice. The list says which claim to open next and offers no Fill; each claim's pane fills that claim.
  await blade.getByRole('region', { name: 'Attributes & Claims' }).getByRole('button', { name: 'Edit' }).click();
  await page.waitForURL(/AttributesAndClaimsBlade/);
  const claims = assistant(page, 'entra/claims', BLADE);
  const defaults = ['emailaddress', 'givenname', 'surname'];
  const becomes = ['email ← user.mail', 'firstName ← user.givenname', 'lastName ← user.surname'];
  for (const [i, name] of defaults.entries()) {
    const later = defaults.slice(i + 1);
    const done = defaults.slice(0, i);
    await says(
      claims,
      `Next: click "${name}" (highlighted).`,
      done.map((d) => `Open "${d}"`),
    );
    expect((await claims.snapshot()).buttons).not.toContain('Fill from JustCall');
    for (const l of later) await says(claims, `Open "${l}"`);
    const next = blade.locator('[data-sso-assistant-highlight]');
    await expect(next).toHaveCount(1);
    await next.click();
    const claim = blade.getByRole('dialog', { name: 'Manage claim' });
    // The pane says the one claim it fills, not all three.
    await says(claims, `Ready to fill: ${becomes[i] ?? ''}, with an empty Namespace.`, ['Next: click', 'Ready to fill: email, firstName']);
    await claims.click('Fill from JustCall');
    await expect.poll(() => claims.statuses()).toHaveLength(4);
    // Filled, waiting for Save: the side panel's problem this fill fixes is not repeated next to "Now click Save".
    await says(claims, 'Now click Save on the page (highlighted)', ['reports a problem', 'Ready to fill']);
    await claim.getByRole('button', { name: 'Save' }).click();
    await expect(claim).toHaveCount(0);
  }
  await says(claims, 'Done: email, firstName and lastName seen with the right sources and no namespace.', ['Next: click', 'Open "']);
  await expectStep(panel, 'claims', 'done');
  await page.goBack();
  await expectStep(panel, 'certificate', 'done');

  // Assign Adele; the account owner is in the tenant too, as the lockout warning asks.
  await page.getByRole('link', { name: 'Users and groups' }).click();
  await blade.getByRole('button', { name: 'Add user/group' }).click();
  await blade
    .getByRole('button', { name: 'None Selected' })
    .or(blade.getByRole('link', { name: 'None Selected' }))
    .first()
    .click();
  await expect(blade.getByRole('checkbox', { name: new RegExp(`${JUSTCALL_OWNER_NAME.first} ${JUSTCALL_OWNER_NAME.last}`) })).toBeVisible();
  await blade.getByRole('checkbox', { name: /Adele Vance/ }).check();
  await blade.getByRole('button', { name: 'Select', exact: true }).click();
  await blade.getByRole('button', { name: 'Assign', exact: true }).click();
  await expectStep(panel, 'assignment', 'done');

  // --- Back to the JustCall tab, as left: ready without a reload, and no word left of the early press.
  await jcPage.bringToFront();
  await says(jc, 'Ready to fill: SSO URL, Issuer / Entity ID, Default Role, Certificate.', ['Nothing was filled', 'Not ready']);
  await readmeShot(jcPage, 'control-ready', { fullPage: false });
  await jc.click('Fill from Entra');
  await expect.poll(() => jc.statuses()).toHaveLength(4);
  for (const field of ['ssoUrl', 'issuer', 'certificate']) await expectFieldStatus(jc, field, 'filled');
  await says(jc, 'Now click Save Configuration on the page (highlighted)', ['Ready to fill', 'Nothing was filled']);
  await readmeShot(jcPage, 'control-filled', { fullPage: false });
  await jcPage.getByRole('button', { name: 'Save Configuration' }).click();
  await expect(jcPage.getByText('SSO configuration saved.')).toBeVisible();
  await says(jc, 'Next: click Test Connection (highlighted).', ['Now click Save']);
  await jcPage.getByRole('button', { name: 'Test Connection' }).click();
  await expect(jcPage.getByText(/Connection successful/)).toBeVisible();
  await expectStep(panel, 'justcall-idp', 'done');
  await says(jc, 'Done: Saved in JustCall and Test Connection passed.', ['Next: click Test Connection']);
  await expect(heading(panel)).toContainText('7 of 7 required steps done; SCIM optional');

  // --- SCIM, from JustCall: step 6's link starts there, and moves to Entra once the token is read.
  const scimLink = stepCard(panel, 'scim').locator('a.open-link');
  await expect(scimLink).toHaveText('Open JustCall Provisioning settings');
  await jcPage.goto((await scimLink.getAttribute('href')) ?? '');
  const reveal = jcPage.locator('[data-sso-assistant-highlight]');
  await expect(reveal).toHaveText('Reveal');
  await reveal.click();
  await expectStep(panel, 'scim', 'in-progress');
  await expect(scimLink).toHaveText("Open Entra's Provisioning");
  await page.bringToFront();
  await page.goto((await scimLink.getAttribute('href')) ?? '');
  await blade.getByRole('button', { name: 'Get started' }).click();
  const mode = assistant(page, 'entra/provisioning', BLADE);
  await mode.click('Fill from JustCall');
  await expectFieldStatus(mode, 'mode', 'filled');
  // Only the mode is filled: Save is not next; the credentials and their test are.
  await says(mode, 'Admin Credentials: use "Fill from JustCall" in that section, then Test Connection.', ['Now click Save']);
  await expect(blade.getByRole('button', { name: 'Save', exact: true })).not.toHaveAttribute('data-sso-assistant-highlight', '');
  const credentials = assistant(page, 'entra/provisioning-credentials', frameOnHost(/^provisioning\.reactblade\.portal\.azure\.net$/));
  await says(credentials, 'confirm that JustCall');
  await panel.locator('[data-secret-request]').getByRole('button', { name: 'Let this form have the token' }).click();
  await credentials.click('Fill from JustCall');
  await expectFieldStatus(credentials, 'tenantUrl', 'filled');
  await expectFieldStatus(credentials, 'secretToken', 'filled');
  await says(credentials, 'Now click Test Connection on the page (highlighted)');
  const creds = blade.frameLocator('iframe[name=AdminCredentials]');
  await creds.getByRole('button', { name: 'Test Connection' }).click();
  await expect(creds.getByRole('status')).toContainText('authorized to enable provisioning');
  await blade.getByRole('button', { name: 'On', exact: true }).click();
  await blade.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(blade.getByText('Saved provisioning configuration', { exact: true })).toBeVisible();
  await expectStep(panel, 'scim', 'done');
  // Finishing SCIM shows in the count.
  await expect(heading(panel)).toContainText('7 of 7 required steps done; optional SCIM done');
  await expect(panel.locator('body')).not.toContainText(INTERNAL);
});
