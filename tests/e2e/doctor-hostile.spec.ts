import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { hostileHar, writeLargeHar } from './support/doctor';
import { readSample } from '@/tests/helpers/samples';
import { JUSTCALL_ACS_URL } from '@/tests/world/server/store';

test('the panel answers while a large HAR is imported in its Worker, shows how far it is, and can cancel it', async ({ ext }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doctor-large-'));
  try {
    const file = path.join(dir, 'large.har');
    await writeLargeHar(file, 400);
    const panel = await ext.openPage('devtools-panel.html');
    await expect(panel.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
    await panel.getByTestId('import-input').setInputFiles(file);
    const progress = panel.getByTestId('import-progress');
    await expect(progress).toBeVisible();
    // While the file is read, the panel still takes clicks and typing.
    const all = panel.getByRole('group', { name: 'Filter' }).getByRole('button', { name: 'All' });
    await all.click();
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    await panel.getByLabel('Filter messages').fill('bifrost');
    await expect(panel.getByLabel('Filter messages')).toHaveValue('bifrost');
    await expect(panel.locator('main.doctor')).toHaveAttribute('data-importing', 'true');
    await expect(progress).toHaveAttribute('data-percent', /^\d+$/);
    await panel.getByTestId('import-cancel').click();
    await expect(progress).toBeHidden();
    await expect(panel.getByTestId('import-notice')).toContainText('was cancelled');
    await expect(panel.getByTestId('view-import')).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a message built to stall XML parsers is refused with a clear finding, and the next one is diagnosed', async ({ ext }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doctor-hostile-'));
  try {
    const file = path.join(dir, 'hostile.har');
    writeFileSync(file, hostileHar(JUSTCALL_ACS_URL, readSample('entra/tercen_entra_response_2022_app_cert.xml')));
    const panel = await ext.openPage('devtools-panel.html');
    await panel.getByTestId('import-input').setInputFiles(file);
    await expect(panel.getByTestId('view-import')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
    await expect(panel.getByTestId('timeline')).toHaveAttribute('data-count', '2');
    const rows = panel.getByTestId('timeline').getByRole('option');
    await rows.nth(0).click();
    await panel.getByRole('tab', { name: /Checks/ }).click();
    const finding = panel.locator('[data-finding="xml.too-complex"]');
    await expect(finding).toBeVisible();
    await expect(finding).toContainText('more than 128 attributes');
    await rows.nth(1).click();
    await panel.getByRole('tab', { name: 'Diagnosis' }).click();
    await expect(panel.getByTestId('diagnosis')).toBeVisible();
    await expect(panel.getByTestId('diagnosis-headline')).not.toBeEmpty();
    await expect(panel.getByTestId('diagnosis')).not.toContainText('took too long');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
