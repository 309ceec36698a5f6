import { chromium } from '@playwright/test';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, readDiagnosis, setExpected } from './support/doctor';
import { findChromium } from '@/scripts/lib/find-chromium';
import { readmeShot } from './support/screenshots';
import type { Page } from '@playwright/test';
import type { StartedWorld } from '@/tests/world/server/server';

/** A customer's browser: plain Chromium, no extension, recording a HAR of the failed login. */
async function recordCustomerHar(world: StartedWorld, signInAs: string, harPath: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [`--host-resolver-rules=${world.hostResolverRules}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath }, ignoreHTTPSErrors: true });
    await spInitiatedLogin(await context.newPage(), signInAs);
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
  }
}

async function settled(panel: Page): Promise<void> {
  await expect(panel.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
}

for (const scenario of ['wrong-reply-url', 'namespaced-claims']) {
  test(`a customer's HAR of ${scenario}, imported, gets the same diagnosis as the live capture`, async ({ page, world, ext }) => {
    await ext.clearStorage();
    const { signInAs } = await world.applyScenario(scenario);
    await setExpected(ext, justcallExpected(world));
    await spInitiatedLogin(page, signInAs);
    const panel = await ext.openPage('devtools-panel.html');
    await settled(panel);
    const live = await readDiagnosis(panel);
    expect(live.tone).toBe('error');

    const dir = mkdtempSync(path.join(tmpdir(), 'doctor-har-'));
    try {
      const harPath = path.join(dir, 'customer.har');
      await recordCustomerHar(world, signInAs, harPath);
      await panel.getByTestId('import-input').setInputFiles(harPath);
      await expect(panel.getByTestId('view-import')).toHaveAttribute('aria-pressed', 'true');
      await settled(panel);
      const imported = await readDiagnosis(panel);
      expect(imported.headline).toBe(live.headline);
      expect(imported.step).toBe(live.step);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('exports are redacted by default; unredacted only after a confirmation naming what is included', async ({ page, world, ext }) => {
  await ext.clearStorage();
  const { signInAs } = await world.applyScenario('upn-as-email');
  await setExpected(ext, justcallExpected(world));
  await spInitiatedLogin(page, signInAs);
  const panel = await ext.openPage('devtools-panel.html');
  await settled(panel);
  const user = world.runtime.state.users.find((u) => u.userPrincipalName === signInAs);
  expect(user).toBeTruthy();
  const pii = [user!.userPrincipalName, user!.mail, user!.givenName, user!.surname, user!.displayName].filter((s) => s.length > 0);

  for (const id of ['export-markdown', 'export-trace']) {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(id).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.length).toBeGreaterThan(200);
    for (const s of pii) expect(text, `${id} must not contain "${s}"`).not.toContain(s);
  }

  // Unredacted: the dialog names what will be included, and only then is the file written.
  await panel.getByLabel('Unredacted').check();
  await panel.getByTestId('export-trace').click();
  const dialog = panel.getByTestId('confirm-unredacted');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('e-mail addresses');
  await expect(dialog).toContainText('signature values');
  await panel.setViewportSize({ width: 1100, height: 700 });
  await readmeShot(panel, 'doctor-export-confirm', { fullPage: false });
  const [raw] = await Promise.all([panel.waitForEvent('download'), dialog.getByRole('button', { name: 'Export unredacted' }).click()]);
  expect(readFileSync((await raw.path())!, 'utf8')).toContain(user!.userPrincipalName);
});

test('a HAR dropped onto the standalone doctor tab is imported and diagnosed', async ({ world, ext }) => {
  await ext.clearStorage();
  const { signInAs } = await world.applyScenario('namespaced-claims');
  await setExpected(ext, justcallExpected(world));
  const dir = mkdtempSync(path.join(tmpdir(), 'doctor-drop-'));
  try {
    const harPath = path.join(dir, 'customer.har');
    await recordCustomerHar(world, signInAs, harPath);
    // Support staff with no devtools: the doctor as a tab, nothing captured in this browser.
    const panel = await ext.openPage('devtools-panel.html');
    await settled(panel);
    const dataTransfer = await panel.evaluateHandle(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'customer.har', { type: 'application/json' }));
        return dt;
      },
      readFileSync(harPath, 'utf8'),
    );
    const zone = panel.locator('.import-zone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await expect(zone).toHaveClass(/\bover\b/);
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect(panel.getByTestId('view-import')).toHaveAttribute('aria-pressed', 'true');
    await settled(panel);
    const d = await readDiagnosis(panel);
    expect(d.step).toBe('claims');
    expect(d.headline).toMatch(/namespace/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
