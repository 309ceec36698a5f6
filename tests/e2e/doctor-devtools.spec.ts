import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, setExpected, DIAGNOSIS_IN_PAGE, type ShownDiagnosis } from './support/doctor';
import { DevtoolsDriver, waitInTarget } from './support/devtools';
import { readmeShotPath } from './support/screenshots';
import { writeFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

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
  {
    scenario: 'namespaced-claims',
    headline: /"email", "firstName" and "lastName" claims arrive with a namespace/,
    step: 'claims',
    tone: 'error',
  },
];

/**
 * A PNG of a DevTools window, through the browser's CDP (Playwright has no
 * handle on DevTools targets), at the size of a DevTools window docked below a page.
 */
async function screenshotDevtoolsWindow(context: BrowserContext, targetId: string, name: string): Promise<void> {
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser-level CDP session for the DevTools screenshot.');
  try {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const call = (method: string, params: Record<string, unknown>) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => reject(new Error(`${method} timed out in the DevTools window`)), 15_000);
        cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
          if (m.id !== id) return;
          clearTimeout(timer);
          if (m.error) reject(new Error(`${method}: ${m.error.message}`));
          else resolve(m.result ?? {});
        });
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    // Headless DevTools lays itself out docked to the right of an (empty) page area, a few hundred pixels wide.
    // Undock it (DevTools' own DockController; an internal, so a failure only costs the crop below),
    // so the panel fills a 1100x700 window as it does in an undocked or bottom-docked DevTools.
    const undocked = await call('Runtime.evaluate', {
      returnByValue: true,
      awaitPromise: true,
      expression: `import('./ui/legacy/legacy.js').then((UI) => {
        const DC = UI.DockController && UI.DockController.DockController;
        if (!DC || typeof DC.instance !== 'function') return 'no DockController';
        globalThis.__dockBeforeShot = DC.instance().dockSide();
        DC.instance().setDockSide('undocked');
        return DC.instance().dockSide();
      }, (e) => 'import failed: ' + e)`,
    });
    const side = (undocked.result as { value?: unknown } | undefined)?.value;
    const width = 1100;
    const height = 700;
    await call('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    await new Promise((r) => setTimeout(r, 800)); // DevTools re-lays out its panes after the change.
    const found = await call('Runtime.evaluate', {
      returnByValue: true,
      expression: `(() => {
        const find = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.tagName === 'IFRAME' && el.src.startsWith('chrome-extension://')) return el;
            const inner = el.shadowRoot && find(el.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        const frame = find(document);
        return frame ? frame.getBoundingClientRect().left : null;
      })()`,
    });
    const left = (found.result as { value?: unknown } | undefined)?.value;
    console.log(`[devtools screenshot] dock side: ${String(side)}; panel frame at x=${String(left)}`);
    // Still docked beside an empty page: keep only the DevTools part (it starts a few pixels left of the panel's frame).
    const x = side !== 'undocked' && typeof left === 'number' ? Math.max(0, Math.floor(left) - 9) : 0;
    const shot = await call('Page.captureScreenshot', { format: 'png', clip: { x, y: 0, width: width - x, height, scale: 1 } });
    if (typeof shot.data !== 'string') throw new Error('Page.captureScreenshot returned no image');
    writeFileSync(readmeShotPath(name), Buffer.from(shot.data, 'base64'));
    await call('Emulation.clearDeviceMetricsOverride', {});
    // Put DevTools back as it was, so later tests in this browser find it docked as usual.
    await call('Runtime.evaluate', {
      awaitPromise: true,
      expression: `import('./ui/legacy/legacy.js').then((UI) => {
        const side = globalThis.__dockBeforeShot;
        if (side && UI.DockController) UI.DockController.DockController.instance().setDockSide(side);
      }, () => undefined)`,
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

for (const c of CASES) {
  test(`DevTools panel diagnoses ${c.scenario}`, async ({ page, world, ext, context }) => {
    const started = Date.now();
    // Only this test's tab keeps a DevTools window, so the panel found is the one inspecting it.
    for (const p of context.pages()) if (p !== page) await p.close();
    const driver = await DevtoolsDriver.connect(context);
    try {
      await expect
        .poll(
          async () =>
            Object.entries(await ext.storage('session')).some(
              ([k, v]) => k.startsWith('devtoolsReady:') && typeof v === 'number' && v >= started,
            ),
          {
            timeout: 30_000,
            message: 'the devtools page announced itself (devtoolsReady)',
          },
        )
        .toBe(true);
      await expect
        .poll(
          async () => (await driver.targets()).filter((t) => t.url.startsWith('devtools://devtools/bundled/devtools_app.html')).length,
          { timeout: 15_000 },
        )
        .toBe(1);
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
        const seen = await driver.evaluate<unknown>(
          panel.targetId,
          `({ d: ${DIAGNOSIS_IN_PAGE}, rows: [...document.querySelectorAll('[role=option]')].map((r) => r.textContent) })`,
        );
        throw new Error(`${String(e)}\nThe panel shows: ${JSON.stringify(seen)}`);
      });
      console.log(`[devtools ${c.scenario}] ${shown.tone} | ${shown.headline} | step=${shown.step}`);
      expect(shown.headline).toMatch(c.headline);
      expect(shown.step).toBe(c.step);
      expect(shown.tone).toBe(c.tone);
      if (c.scenario === 'wrong-reply-url')
        await screenshotDevtoolsWindow(context, (await driver.devtoolsWindow()).targetId, 'doctor-devtools');

      // Both capture paths saw the exchange and were merged into one record.
      const session = await ext.storage('session');
      const records = Object.entries(session)
        .filter(([k]) => k.startsWith('doctor.rec.'))
        .map(([, v]) => v as { sources: string[]; at: number; kind: string });
      const recent = records.filter((r) => r.at >= started - 1000 && r.kind === 'saml');
      expect(recent.some((r) => r.sources.includes('devtools') && r.sources.includes('webRequest'))).toBe(true);
    } finally {
      await driver.close();
    }
  });
}
