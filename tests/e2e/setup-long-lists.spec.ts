import type { Page } from '@playwright/test';
import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { applyScenario } from '@/tests/world/server/scenarios';
import type { startWorld } from '@/tests/world/server/server';
import type { ExtensionHelpers } from './support/fixtures';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';
import { assistant, expectControlText, expectStep, justcallApp, stepCard } from './support/setup-flows';
import { Portal } from './support/world-portal';

/**
 * A list too long for Fluent's DetailsList to render at once (issue 9, grids:
 * virtualised rows scrolled into view). The world's Attributes & Claims grid
 * holds 83 claims, JustCall's three last; Fluent's List renders only the rows
 * near the frame's viewport. The assistant must not call the unrendered
 * claims missing, must not act on the page by itself, and reads every row
 * when the admin clicks "Read all", then puts the admin's scroll back.
 */

const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: 'fluent', loadDelayMs: E2E_LOAD_DELAY_MS };
test.use({ worldUi: ui });
test.beforeEach(async ({ ext }) => {
  await ext.clearStorage();
});

/** The many-claims scenario, a clean setup session, the side panel open and the portal's tab in front. */
async function start(page: Page, ext: ExtensionHelpers, world: Awaited<ReturnType<typeof startWorld>>) {
  await applyScenario(world.runtime, 'many-claims');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  return { objectId, appId, portal: new Portal(page, ui), panel };
}

/** The claims list straight from a link (nothing read before it): its grid holds 83 rows and the header. */
async function openClaimsList(page: Page, portal: Portal, objectId: string, appId: string) {
  await page.goto(`https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AttributesAndClaimsBlade/objectId/${objectId}/appId/${appId}`);
  const grid = portal.frame('AttributesAndClaims').getByRole('grid', { name: portal.t('additionalClaims') });
  await expect(grid).toHaveAttribute('aria-rowcount', '84');
  return grid;
}

test('a virtualised claims list is read in part until the admin asks, then whole, with the scroll put back', async ({
  page,
  ext,
  world,
}) => {
  test.setTimeout(120_000);
  const { objectId, appId, portal, panel } = await start(page, ext, world);
  const grid = await openClaimsList(page, portal, objectId, appId);
  // The world's grid really is virtualised: JustCall's claims, last in the list, are not rendered.
  const rendered = await grid.locator('[role="row"][aria-rowindex]').count();
  expect(rendered).toBeLessThan(60);
  await expect(grid.getByRole('button', { name: 'email', exact: true })).toHaveCount(0);

  const claims = assistant(page, 'entra/claims', 'any');
  await expectControlText(claims, /This list shows \d+ of 83 rows at a time/);
  // Not "missing": the wizard says the list was read in part, and how to read the rest.
  await expectStep(panel, 'claims', 'problem');
  const problem = stepCard(panel, 'claims').locator('[data-problem="claims-list-partial"]');
  await expect(problem).toContainText('read only in part');
  await expect(problem).toContainText('"email", "firstName", "lastName"');
  await expect(stepCard(panel, 'claims').locator('[data-problem="claim-email"]')).toHaveCount(0);
  // Nothing to add or open is pointed at while the list is partly read.
  expect(await claims.text()).not.toContain('Add new claim');
  await expect(portal.frame('AttributesAndClaims').locator('[data-sso-assistant-highlight]')).toHaveCount(0);

  // The admin has scrolled a little; a script's click on Read all does nothing.
  const scroller = portal.frame('AttributesAndClaims').locator('html');
  await scroller.evaluate((el) => (el.ownerDocument.scrollingElement ?? el).scrollTo(0, 120));
  await claims.untrustedClick(/Read all 83 rows/);
  await page.waitForTimeout(500);
  expect(await scroller.evaluate((el) => (el.ownerDocument.scrollingElement ?? el).scrollTop)).toBe(120);
  await expectControlText(claims, /This list shows \d+ of 83 rows/);

  await claims.click(/Read all 83 rows/);
  await expectControlText(claims, 'All three claims are right');
  await expectStep(panel, 'claims', 'done');
  await expect(problem).toHaveCount(0);
  // Put back where the admin had it; the rows the list renders there are again only some of them.
  await expect.poll(() => scroller.evaluate((el) => (el.ownerDocument.scrollingElement ?? el).scrollTop)).toBe(120);
  await expect(grid.getByRole('button', { name: 'email', exact: true })).toHaveCount(0);
  expect(await claims.text()).not.toContain('Read all');
});

test('a wrong claim further down the list is found once the list is read whole', async ({ page, ext, world }) => {
  test.setTimeout(120_000);
  await applyScenario(world.runtime, 'many-claims');
  const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
  const firstName = app?.claims.find((c) => c.name === 'firstName' && c.namespace === '');
  if (!firstName) throw new Error('many-claims made no firstName claim');
  firstName.sourceAttribute = 'user.displayname';
  const { objectId, appId } = justcallApp(world.runtime.state);
  const portal = new Portal(page, ui);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await openClaimsList(page, portal, objectId, appId);
  const claims = assistant(page, 'entra/claims', 'any');
  await expectControlText(claims, /This list shows \d+ of 83 rows/);
  await claims.click(/Read all 83 rows/);
  await expect(stepCard(panel, 'claims').locator('[data-problem="claim-firstName"]')).toContainText('user.displayname');
  await expect(stepCard(panel, 'claims').locator('[data-problem="claims-list-partial"]')).toHaveCount(0);
  // The plan is whole again: the claim to open is named, though it is not rendered where the list stands.
  await expectControlText(claims, 'Open "firstName"');
});

test('a partial read that agrees with an earlier whole read leaves the step done; the list still offers to be read whole', async ({
  page,
  ext,
  world,
}) => {
  test.setTimeout(120_000);
  const { objectId, appId, portal, panel } = await start(page, ext, world);
  await openClaimsList(page, portal, objectId, appId);
  const claims = assistant(page, 'entra/claims', 'any');
  await claims.click(/Read all 83 rows/);
  await expectStep(panel, 'claims', 'done');
  // Away and back: a new grid, read in part again.
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/UsersAndGroups/objectId/${objectId}/appId/${appId}`,
  );
  await expect(portal.frame('UsersAndGroups').getByRole('grid')).toBeVisible();
  await openClaimsList(page, portal, objectId, appId);
  await expectControlText(claims, /This list shows \d+ of 83 rows/);
  // Every row read is one the whole read had, and the list holds as many: what the wizard knows stands.
  await page.waitForTimeout(1_000);
  await expectStep(panel, 'claims', 'done');
  await expect(stepCard(panel, 'claims').locator('[data-problem="claims-list-partial"]')).toHaveCount(0);
});

test('Users and groups counts every assignment of a long list, though the grid renders only some rows', async ({ page, ext, world }) => {
  test.setTimeout(90_000);
  await applyScenario(world.runtime, 'many-assignments');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const panel = await ext.openSidePanel();
  await page.bringToFront();
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/UsersAndGroups/objectId/${objectId}/appId/${appId}`,
  );
  const grid = new Portal(page, ui).frame('UsersAndGroups').getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '152');
  expect(await grid.locator('[role="row"][aria-rowindex]').count()).toBeLessThan(100);
  await expectStep(panel, 'assignment', 'done');
  await expect(stepCard(panel, 'assignment')).toContainText('151 user(s) or group(s) assigned.');
});
