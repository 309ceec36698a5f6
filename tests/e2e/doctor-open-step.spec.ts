import type { BrowserContext, CDPSession } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { spInitiatedLogin } from './support/world-flows';
import { justcallExpected, readDiagnosis, setExpected } from './support/doctor';

/**
 * Issue 13, point 14: "Open this step in the setup assistant" in the login
 * doctor (opened as a tab, as support would) opens the real side panel on
 * that step: its card is marked, scrolled into view and focused. Playwright
 * does not attach to side panels, so the panel is read through the DevTools
 * protocol, as DevTools would.
 */

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Evaluates an expression in a target Playwright does not attach to (a side panel), by raw DevTools messages. */
async function evaluateIn(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  try {
    const reply = new Promise<unknown>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (e.sessionId === sessionId && m.id === 1) resolve(m.result?.result?.value ?? null);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    return await reply;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

async function sidePanelOn(context: BrowserContext, cdp: CDPSession, step: string): Promise<TargetInfo> {
  let found: TargetInfo | undefined;
  await expect
    .poll(
      async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
        found = targetInfos.find((t) => t.type === 'page' && t.url.endsWith(`/sidepanel.html#step=${step}`));
        return found !== undefined;
      },
      { message: `the side panel opens on #step=${step}` },
    )
    .toBe(true);
  // Not a tab: the side panel itself.
  expect(context.pages().some((p) => p.url().includes('sidepanel.html'))).toBe(false);
  if (!found) throw new Error('unreachable');
  return found;
}

const CARD_STATE = `(() => {
  const card = document.querySelector('li.step[data-step="claims"]');
  if (!card || document.querySelector('main.panel')?.getAttribute('aria-busy') !== 'false') return null;
  const r = card.getBoundingClientRect();
  return {
    opened: card.hasAttribute('data-opened'),
    current: card.getAttribute('aria-current'),
    focused: document.activeElement === card,
    inView: r.top >= 0 && r.top < innerHeight,
    marked: document.querySelectorAll('li.step[data-opened]').length,
  };
})()`;

test('the doctor opens the side panel on the step that fixes the failure', async ({ page, world, ext, context }) => {
  await ext.clearStorage();
  const { signInAs } = await world.applyScenario('namespaced-claims');
  await setExpected(ext, justcallExpected(world));
  await spInitiatedLogin(page, signInAs);
  const doctor = await ext.openPage('devtools-panel.html');
  await expect(doctor.locator('main.doctor')).toHaveAttribute('data-busy', 'false');
  expect((await readDiagnosis(doctor)).step).toBe('claims');
  const step = doctor.getByTestId('diagnosis-step');
  await expect(step).toContainText('Setup step 3: Attributes & Claims');
  await expect(step).not.toContainText('(claims)');

  await step.getByRole('link', { name: 'Open this step in the setup assistant' }).click();
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser DevTools session');
  try {
    const panel = await sidePanelOn(context, cdp, 'claims');
    await expect
      .poll(() => evaluateIn(cdp, panel.targetId, CARD_STATE), { message: 'the claims card is marked, in view and focused' })
      .toEqual({ opened: true, current: 'step', focused: true, inView: true, marked: 1 });
  } finally {
    await cdp.detach();
  }
});
