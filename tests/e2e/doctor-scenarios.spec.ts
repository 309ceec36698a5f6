import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, readDiagnosis, setExpected } from './support/doctor';
import { readmeShot } from './support/screenshots';
import type { Page } from '@playwright/test';

/**
 * Each failure scenario, signed in through the world with DevTools closed:
 * the background recorder captures the exchange, and the doctor page (opened
 * as a tab, as support would) names the cause and the setup step.
 */
const CASES: Array<{ scenario: string; headline: RegExp; step: string | null; tone?: string }> = [
  { scenario: 'configured', headline: /No problem found/, step: null, tone: 'ok' },
  { scenario: 'wrong-reply-url', headline: /^AADSTS50011 — Reply URL mismatch$/, step: 'basic-saml' },
  { scenario: 'identifier-trailing-slash', headline: /^AADSTS700016 — /, step: 'basic-saml' },
  { scenario: 'unassigned-user', headline: /^AADSTS50105 — User not assigned/, step: 'assignment' },
  { scenario: 'namespaced-claims', headline: /"email", "firstName" and "lastName" claims arrive with a namespace/, step: 'claims' },
  { scenario: 'empty-mail', headline: /"email" claim is missing/, step: 'claims' },
  { scenario: 'upn-as-email', headline: /email claim looks like a user principal name/, step: 'claims', tone: 'warning' },
  { scenario: 'cert-rotated', headline: /^Signing certificate mismatch — /, step: 'certificate' },
  { scenario: 'clock-skew', headline: /assertion has expired/, step: null },
  { scenario: 'xsw-response', headline: /^XML Signature Wrapping \(XSW\) — /, step: null },
  { scenario: 'unsigned-response', headline: /^Unsigned SAML response — /, step: 'certificate' },
];

/** README screenshots, at about the size the panel has docked in DevTools. */
const SHOTS: Record<string, (panel: Page) => Promise<void>> = {
  'wrong-reply-url': (panel) => readmeShot(panel, 'doctor-aadsts50011', { fullPage: false }),
  'namespaced-claims': (panel) => readmeShot(panel, 'doctor-namespaced-claim', { fullPage: false }),
  configured: async (panel) => {
    await panel.getByRole('tab', { name: 'XML' }).click();
    await expect(panel.getByRole('tabpanel')).toContainText('Assertion');
    await readmeShot(panel, 'doctor-xml', { fullPage: false });
    await panel.getByRole('tab', { name: 'Certificate' }).click();
    await expect(panel.getByRole('tabpanel')).toContainText(/thumbprint/i);
    await readmeShot(panel, 'doctor-certificate', { fullPage: false });
  },
};

for (const c of CASES) {
  test(`doctor names the cause of ${c.scenario}`, async ({ page, world, ext }) => {
    await ext.clearStorage();
    const { signInAs } = await world.applyScenario(c.scenario);
    await setExpected(ext, justcallExpected(world));
    await spInitiatedLogin(page, signInAs);
    const panel = await ext.openPage('devtools-panel.html');
    await panel.setViewportSize({ width: 1100, height: 700 });
    await expect(panel.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
    const d = await readDiagnosis(panel);
    console.log(`[${c.scenario}] ${d.tone} | ${d.headline} | step=${d.step}`);
    expect(d.headline).toMatch(c.headline);
    expect(d.step).toBe(c.step);
    if (c.tone) expect(d.tone).toBe(c.tone);
    else expect(d.tone).toBe('error');
    await SHOTS[c.scenario]?.(panel);
    await panel.close();
  });
}
