import type { Page } from '@playwright/test';
import type { ExtensionHelpers } from './fixtures';
import type { StartedWorld } from '@/tests/world/server/server';
import { JUSTCALL_ACS_URL, JUSTCALL_ENTITY_ID } from '@/tests/world/server/store';

/** The doctor's typed-in expected values key (components/doctor/pipeline/expected.ts). */
export const EXPECTED_KEY = 'doctor.expected.v1';

/** What JustCall is configured with in the world: the values a support engineer would type in. */
export function justcallExpected(world: StartedWorld) {
  const sso = world.runtime.state.justcall.sso;
  return {
    entityId: JUSTCALL_ENTITY_ID,
    acsUrl: JUSTCALL_ACS_URL,
    tenantOrIssuer: world.runtime.state.tenant.id,
    certificates: sso.certificatePem ? [{ label: 'Certificate uploaded to JustCall', cert: sso.certificatePem }] : [],
  };
}

export async function setExpected(ext: ExtensionHelpers, value: unknown): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(([k, v]) => chrome.storage.local.set({ [k as string]: v }), [EXPECTED_KEY, value] as const);
}

export interface ShownDiagnosis {
  headline: string;
  step: string | null;
  tone: string;
  text: string;
}

/** Reads the diagnosis the panel page shows (an extension page opened as a tab). */
export async function readDiagnosis(panel: Page): Promise<ShownDiagnosis> {
  const d = panel.getByTestId('diagnosis');
  await d.waitFor();
  return {
    headline: (await panel.getByTestId('diagnosis-headline').textContent()) ?? '',
    step: await panel
      .getByTestId('diagnosis-step')
      .getAttribute('data-step', { timeout: 500 })
      .catch(() => null),
    tone: (await d.getAttribute('data-tone')) ?? '',
    text: (await d.textContent()) ?? '',
  };
}

/** The same, evaluated inside a DevTools panel target. */
export const DIAGNOSIS_IN_PAGE = `(() => {
  const d = document.querySelector('[data-testid=diagnosis]');
  if (!d || document.querySelector('main.doctor')?.dataset.busy === 'true') return null;
  return {
    headline: d.querySelector('[data-testid=diagnosis-headline]')?.textContent ?? '',
    step: d.querySelector('[data-testid=diagnosis-step]')?.getAttribute('data-step') ?? null,
    tone: d.getAttribute('data-tone') ?? '',
    text: d.textContent ?? '',
  };
})()`;
