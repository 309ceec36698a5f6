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
  await page.screenshot({ path: readmeShotPath(name), fullPage: opts.fullPage ?? true });
}

/** Where a README screenshot named `name` goes, for shots Playwright cannot take itself (a DevTools window over CDP). */
export function readmeShotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? README_SHOTS : test.info().outputPath('screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
