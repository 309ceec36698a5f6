import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, setExpected, DIAGNOSIS_IN_PAGE, type ShownDiagnosis } from './support/doctor';
import { DevtoolsDriver, waitInTarget } from './support/devtools';

/**
 * The doctor inside a real DevTools window: the devtools page captures via
 * devtools.network, the panel is shown through DevTools itself, and the
 * diagnosis is read from the panel's own DOM.
 */
test.use({ devtools: true });

const PANEL_TITLE = 'SSO Doctor';

const CASES: Array<{ scenario: string; headline: RegExp; step: string | null; tone: string }> = [
  { scenario: 'configured', headline: /^No problem found/, step: null, tone: 'ok' },
  { scenario: 'wrong-reply-url', headline: /^AADSTS50011 — Reply URL mismatch$/, step: 'basic-saml', tone: 'error' },
  { scenario: 'namespaced-claims', headline: /"email" claim arrives with a namespace/, step: 'claims', tone: 'error' },
];

for (const c of CASES) {
  test(`DevTools panel diagnoses ${c.scenario}`, async ({ page, world, ext, context }) => {
    const started = Date.now();
    // Only this test's tab keeps a DevTools window, so the panel found is the one inspecting it.
    for (const p of context.pages()) if (p !== page) await p.close();
    const driver = await DevtoolsDriver.connect(context);
    try {
      await expect
        .poll(async () => Object.entries(await ext.storage('session')).some(([k, v]) => k.startsWith('devtoolsReady:') && typeof v === 'number' && v >= started), {
          timeout: 30_000,
          message: 'the devtools page announced itself (devtoolsReady)',
        })
        .toBe(true);
      await expect.poll(async () => (await driver.targets()).filter((t) => t.url.startsWith('devtools://devtools/bundled/devtools_app.html')).length, { timeout: 15_000 }).toBe(1);
      await driver.showExtensionPanel(ext.id, PANEL_TITLE);
      const panel = await driver.panelTarget(ext.id);
      const mode = await waitInTarget<string>(driver, panel.targetId, `document.querySelector('main.doctor')?.dataset.mode ?? ''`);
      expect(mode).toBe('devtools');

      const { signInAs } = await world.applyScenario(c.scenario);
      await setExpected(ext, justcallExpected(world));
      await spInitiatedLogin(page, signInAs);

      const shown = await waitInTarget<ShownDiagnosis>(
        driver,
        panel.targetId,
        `(() => { const d = ${DIAGNOSIS_IN_PAGE}; return d && ${c.headline}.test(d.headline) ? d : null; })()`,
        30_000,
      ).catch(async (e: unknown) => {
        const seen = await driver.evaluate<unknown>(panel.targetId, `({ d: ${DIAGNOSIS_IN_PAGE}, rows: [...document.querySelectorAll('[role=option]')].map((r) => r.textContent) })`);
        throw new Error(`${String(e)}\nThe panel shows: ${JSON.stringify(seen)}`);
      });
      console.log(`[devtools ${c.scenario}] ${shown.tone} | ${shown.headline} | step=${shown.step}`);
      expect(shown.headline).toMatch(c.headline);
      expect(shown.step).toBe(c.step);
      expect(shown.tone).toBe(c.tone);

      // Both capture paths saw the exchange and were merged into one record.
      const session = await ext.storage('session');
      const records = Object.entries(session).filter(([k]) => k.startsWith('doctor.rec.')).map(([, v]) => v as { sources: string[]; at: number; kind: string });
      const recent = records.filter((r) => r.at >= started - 1000 && r.kind === 'saml');
      expect(recent.some((r) => r.sources.includes('devtools') && r.sources.includes('webRequest'))).toBe(true);
    } finally {
      await driver.close();
    }
  });
}
