import { test, expect } from './support/world-ui';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, readDiagnosis, setExpected } from './support/doctor';

/**
 * Entra's error page in the admin's language: the login content script reads
 * the code, Request Id, Correlation Id and Timestamp whatever the details'
 * words are, and the doctor shows the ids the page showed.
 */

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

for (const portalLang of ['de', 'ja'] as const) {
  // Through the world-ui fixture, so the world's defaults are back for the specs after this one.
  test.describe(`in ${portalLang}`, () => {
    test.use({ worldUi: { portalUi: 'mixed', portalLang } });
    test(`the doctor reads a ${portalLang} AADSTS page's troubleshooting details`, async ({ page, world, ext }) => {
      await ext.clearStorage();
      const { signInAs } = await world.applyScenario('wrong-reply-url');
      await setExpected(ext, justcallExpected(world));
      await spInitiatedLogin(page, signInAs);
      await expect(page.locator('html')).toHaveAttribute('lang', portalLang);
      const details = (await page.locator('#troubleshootingDetails').textContent()) ?? '';
      const [requestId, correlationId] = details.match(GUID) ?? [];
      expect(requestId).toBeTruthy();
      expect(correlationId).toBeTruthy();

      const panel = await ext.openPage('devtools-panel.html');
      await panel.setViewportSize({ width: 1100, height: 700 });
      await expect(panel.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
      const d = await readDiagnosis(panel);
      expect(d.headline).toMatch(/^AADSTS50011 — Reply URL mismatch$/);
      const kv = panel.locator('dl.kv');
      await expect(kv).toContainText(`Request Id${requestId ?? ''}`);
      await expect(kv).toContainText(`Correlation Id${correlationId ?? ''}`);
      await expect(kv).toContainText(/Timestamp\d{4}-\d{2}-\d{2}T/);
      await panel.close();
    });
  });
}
