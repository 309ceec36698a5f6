import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { applyScenario } from '@/tests/world/server/scenarios';
import { bladeOf, justcallApp } from './support/setup-flows';
import { PROVISIONING_CASES } from './support/provisioning-cases';

/**
 * Each provisioning scenario of the world, end to end: a provisioning cycle
 * runs (Restart provisioning in the world's Entra), its logs are downloaded
 * from the Provisioning logs view, and that file, imported in the doctor
 * panel and given to the `doctor` CLI, names the cause and its fix.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

for (const c of PROVISIONING_CASES) {
  test(`${c.scenario}: the downloaded logs show ${c.finding} and its fix in the doctor panel, the wizard and the CLI`, async ({
    page,
    ext,
    world,
  }) => {
    test.setTimeout(90_000);
    await ext.clearStorage();
    await applyScenario(world.runtime, c.scenario);
    const { objectId, appId } = justcallApp(world.runtime.state);
    const sidePanel = await ext.openSidePanel();
    await page.bringToFront();
    await page.goto(
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${objectId}/appId/${appId}`,
    );
    const blade = bladeOf(page);
    await blade.getByRole('button', { name: 'Restart provisioning' }).click();
    await expect(blade.getByText(/^Completed( with errors)? at /)).toBeVisible();
    // The quarantine banner shows exactly when the cycle could not use JustCall at all.
    await expect(blade.locator('.quarantine')).toHaveCount(c.quarantine ? 1 : 0);

    await blade.getByRole('button', { name: 'View provisioning logs' }).click();
    const grid = blade.getByRole('grid', { name: 'Provisioning logs' });
    await expect(grid.locator('tbody tr').first()).toBeVisible();
    const failed = grid.locator('tbody tr[data-status="failure"]');
    const detail = blade.getByLabel('Provisioning log details');
    if (c.opens && 'status' in c.opens) {
      // A skipped user: the Steps tab lists the scoping step's SkipReason and Assigned.
      await grid.locator(`tbody tr[data-status="${c.opens.status}"]`).first().click();
      await expect(detail).toContainText('SkipReason');
    } else if (c.opens) {
      await grid.locator('tbody tr', { hasText: c.opens.identity }).first().click();
      await blade.getByRole('tab', { name: c.opens.tab }).click();
      await expect(detail).toContainText('userName');
    } else if ((await failed.count()) > 0) {
      // The detail pane's Troubleshooting tab carries the error code the doctor explains.
      await failed.first().click();
      await blade.getByRole('tab', { name: 'Troubleshooting & Recommendations' }).click();
      await expect(detail).toContainText('Error Code');
    }
    // The wizard's SCIM step: the last cycle as the portal showed it, and the cause and fix the doctor names.
    const result = sidePanel.getByTestId('provisioning-result');
    await expect(result).toContainText('Last provisioning cycle');
    await expect(result).toHaveAttribute('data-finding', c.finding);
    await expect(result.getByTestId('provisioning-result-fix')).toContainText(c.fixSays);
    await expect(result.getByTestId('provisioning-result-doctor')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), blade.getByRole('button', { name: 'Download' }).click()]);
    const file = test.info().outputPath('ProvisioningLogs.json');
    await download.saveAs(file);

    // The doctor panel: the Provisioning view, its top finding and its fix.
    const panel = await ext.openPage('devtools-panel.html');
    await panel.getByTestId('import-input').setInputFiles(file);
    await expect(panel.getByTestId('view-provisioning')).toHaveAttribute('aria-pressed', 'true');
    const view = panel.getByTestId('provisioning-view');
    await expect(view).toHaveAttribute('data-kind', 'download-json');
    const finding = view.locator(`[data-testid="provisioning-finding"][data-id="${c.finding}"]`);
    await expect(finding).toBeVisible();
    await expect(view.getByTestId('provisioning-finding').first()).toHaveAttribute('data-id', c.finding);
    await expect(finding.getByTestId('provisioning-fix')).toContainText(c.fixSays);

    // The CLI over the same file: the same finding first, the same exit status.
    const r = spawnSync('npx', ['tsx', 'scripts/doctor.ts', '--json', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(c.exitCode);
    const out = JSON.parse(r.stdout) as { findings: { id: string; fix: string }[]; redacted: boolean };
    expect(out.redacted).toBe(true);
    expect(out.findings[0]?.id).toBe(c.finding);
    expect(out.findings[0]?.fix).toContain(c.fixSays);
  });
}

test('the Provisioning view exports redacted files: no user names, e-mails, UPNs or object ids', async ({ page, ext, world }) => {
  test.setTimeout(90_000);
  await ext.clearStorage();
  await applyScenario(world.runtime, 'provisioning-guest-ext-upn');
  const { objectId, appId } = justcallApp(world.runtime.state);
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${objectId}/appId/${appId}`,
  );
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'Restart provisioning' }).click();
  await expect(blade.getByText(/^Completed( with errors)? at /)).toBeVisible();
  await blade.getByRole('button', { name: 'View provisioning logs' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), blade.getByRole('button', { name: 'Download' }).click()]);
  const file = test.info().outputPath('ProvisioningLogs.json');
  await download.saveAs(file);
  const app = world.runtime.state.apps.find((a) => a.objectId === objectId);
  const users = world.runtime.state.users.filter((u) => app?.assignments.includes(u.id));
  const pii = users.flatMap((u) => [u.userPrincipalName, u.mail, u.displayName, u.id]).filter((s) => s.length > 0);
  expect(pii.length).toBeGreaterThan(4);

  const panel = await ext.openPage('devtools-panel.html');
  await panel.getByTestId('import-input').setInputFiles(file);
  const view = panel.getByTestId('provisioning-view');
  await expect(view.getByTestId('provisioning-finding').first()).toHaveAttribute('data-id', 'provisioning.guest-upn');
  for (const id of ['provisioning-export-markdown', 'provisioning-export-json']) {
    const [exported] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(id).click()]);
    const text = readFileSync((await exported.path())!, 'utf8');
    expect(text).toContain('provisioning.guest-upn');
    for (const s of pii) expect(text, `${id} must not contain "${s}"`).not.toContain(s);
  }
});

test('Provision on demand for a user out of scope: the portal’s steps, read into the wizard', async ({ page, ext, world }) => {
  test.setTimeout(90_000);
  await ext.clearStorage();
  await applyScenario(world.runtime, 'provisioning');
  const { objectId, appId } = justcallApp(world.runtime.state);
  const sidePanel = await ext.openSidePanel();
  await page.bringToFront();
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${objectId}/appId/${appId}`,
  );
  const blade = bladeOf(page);
  await blade.getByRole('button', { name: 'Provision on demand' }).click();
  await blade.getByLabel('Selected user').fill('alex.wilber@contoso.com');
  await blade.getByRole('button', { name: 'Provision', exact: true }).click();
  const scope = blade.locator('.pod-steps li', { hasText: 'Determine if user is in scope' });
  await expect(scope).toHaveAttribute('data-status', 'Skipped');
  await expect(sidePanel.getByTestId('provisioning-result')).toContainText(
    'Provision on demand: Import user: Success, Determine if user is in scope: Skipped',
  );
});
