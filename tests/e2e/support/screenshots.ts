import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';

const README_SHOTS = path.resolve(import.meta.dirname, '../../../docs/screenshots');

/**
 * Screenshots for the README are taken during the e2e run. They land in
 * docs/screenshots only when UPDATE_SCREENSHOTS=1 (`npm run screenshots`), so
 * an ordinary `npm test` leaves the work tree clean; otherwise they go with
 * the test's own output.
 */
export async function readmeShot(page: Page, name: string, opts: { fullPage?: boolean } = { fullPage: true }): Promise<void> {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? README_SHOTS : test.info().outputPath('screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: opts.fullPage ?? true });
}
