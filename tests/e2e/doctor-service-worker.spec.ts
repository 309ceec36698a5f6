import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, readDiagnosis, setExpected } from './support/doctor';

/** A capture lives in storage.session, so it survives Chrome stopping the idle service worker. */
test('a capture survives the service worker being stopped', async ({ page, world, ext, context }) => {
  await ext.clearStorage();
  const { signInAs } = await world.applyScenario('wrong-reply-url');
  await setExpected(ext, justcallExpected(world));
  await spInitiatedLogin(page, signInAs);
  await expect
    .poll(async () => Object.keys(await ext.storage('session')).filter((k) => k.startsWith('doctor.rec.')).length)
    .toBeGreaterThan(0);

  // Mark the running worker so a restarted one can be told apart.
  const before = await ext.serviceWorker();
  await before.evaluate(() => ((globalThis as Record<string, unknown>).__doctorMarker = 'old'));
  await ext.stopServiceWorker();

  const panel = await ext.openPage('devtools-panel.html');
  await expect(panel.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
  const d = await readDiagnosis(panel);
  expect(d.headline).toBe('AADSTS50011 — Reply URL mismatch');
  // The worker that answered the panel is a new one: the old one's memory is gone, the capture is not.
  const markers = await Promise.all(
    context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(`chrome-extension://${ext.id}/`))
      .map((w) => w.evaluate(() => (globalThis as Record<string, unknown>).__doctorMarker ?? 'fresh').catch(() => 'gone')),
  );
  expect(markers).toContain('fresh');
  expect(markers).not.toContain('old');
});
