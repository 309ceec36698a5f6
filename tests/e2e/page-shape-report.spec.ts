import { test, expect, E2E_LOAD_DELAY_MS } from './support/world-ui';
import { Portal } from './support/world-portal';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';

/**
 * Issue 10, part 4, on the world: the admin types into the Basic SAML pane,
 * has seen the users grid, and copies a page-shape report from the side
 * panel's settings. The report names the pane's fields and frames, and holds
 * neither the typed value nor a user's name or e-mail.
 */

const ui: WorldUiOptions = { ...DEFAULT_UI_OPTIONS, portalUi: 'fluent', loadDelayMs: E2E_LOAD_DELAY_MS };
test.use({ worldUi: ui });

const TYPED = 'https://typed-by-the-admin.example/e2e-secret-4471';

test('the page-shape report names the fields and frames, and holds no typed value or user data', async ({ page, ext, world, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await world.applyScenario('configured');
  const app = world.runtime.state.apps[0];
  if (!app) throw new Error('the scenario made no app');
  const portal = new Portal(page, ui);
  const base = `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~`;

  // The users grid (its frame stays in the page, hidden, once the admin moves on).
  await page.goto(`${base}/SignOn/objectId/${app.objectId}/appId/${app.appId}/preferredSingleSignOnMode/saml`);
  await portal.menu('Users and groups').click();
  await expect(portal.frame('UsersAndGroups').getByRole('grid').getByText('Adele Vance')).toBeVisible();
  await portal.menu('Single sign-on').click();
  await portal.samlSection('Basic SAML Configuration').getByRole('button', { name: 'Edit' }).click();
  const signOn = portal.frame('BasicSamlConfiguration').getByRole('textbox', { name: 'Sign on URL (Optional)', exact: true });
  await signOn.fill(TYPED);
  await expect(signOn).toHaveValue(TYPED);

  const panel = await ext.openSidePanel();
  await panel.getByRole('button', { name: 'Copy a page-shape report' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Copied: \d+ frames/ })).toBeVisible();
  const text = await panel.evaluate(() => navigator.clipboard.readText());
  const report = JSON.parse(text) as {
    page: string;
    frames: { host: string; frameName: string; nodes: { role: string; name?: string; frameHost?: string }[] }[];
  };
  expect(report.page).toBe('entra.microsoft.com');
  // The pane's fields, in a React-view frame on a sandbox host.
  const view = report.frames.find((f) => f.nodes.some((n) => n.role === 'textbox' && n.name === 'Sign on URL (Optional)'));
  expect(view?.host).toMatch(/\.reactblade(-ms|-rc)?\.portal\.azure\.net$/);
  expect(view?.nodes.filter((n) => n.role === 'textbox').map((n) => n.name)).toEqual(
    expect.arrayContaining(['Identifier (Entity ID)', 'Reply URL (Assertion Consumer Service URL)', 'Sign on URL (Optional)']),
  );
  // The shell names its frames, by host and name.
  const top = report.frames.find((f) => f.host === 'entra.microsoft.com');
  const frames = top?.nodes.filter((n) => n.role === 'frame') as { frameHost?: string; frameName?: string }[];
  expect(frames).toContainEqual(expect.objectContaining({ frameName: 'BasicSamlConfiguration.ReactView', frameHost: view?.host }));
  // The users grid's frame was read too (its iframe hidden in the shell, its document still there): cells, unnamed.
  const cells = report.frames.flatMap((f) => f.nodes.filter((n) => n.role === 'gridcell'));
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.every((n) => n.name === undefined)).toBe(true);

  const lower = text.toLowerCase();
  const users = [...world.runtime.state.users].slice(0, 10);
  expect(users.length).toBeGreaterThan(0);
  for (const secret of [TYPED, 'e2e-secret-4471', ...users.flatMap((u) => [u.displayName, u.userPrincipalName])])
    expect(lower, secret).not.toContain(secret.toLowerCase());
  // The shell's account menu shows admin@<tenant domain>: never in the report.
  expect(lower).not.toMatch(/"[^"]*\badmin@/);
});
