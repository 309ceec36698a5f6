import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { JUSTCALL_OWNER } from '@/tests/world/server/store';

/**
 * Steps shared by the setup-assistant specs. They navigate and click; the
 * only text typed is a login (JustCall's owner, Microsoft's sign-in), never a
 * setup field: those are the assistant's job.
 */

export const ENTERPRISE_APPS = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';
export const JUSTCALL_SSO = 'https://app.justcall.io/app/settings/security/sso';
export const JUSTCALL_PROVISIONING = 'https://app.justcall.io/app/settings/security/provisioning';

export async function loginJustCallOwner(page: Page): Promise<void> {
  await page.goto('https://app.justcall.io/login');
  await page.getByLabel('Email').fill(JUSTCALL_OWNER.email);
  await page.getByLabel('Password').fill(JUSTCALL_OWNER.password);
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await page.waitForURL(/\/app\//);
}

export function bladeOf(page: Page): FrameLocator {
  return page.frameLocator('iframe[name=ReactView]');
}

export { assistant, BLADE, expectControlText, expectFieldStatus, frameOnHost } from './control';

export function stepCard(panel: Page, step: string): Locator {
  return panel.locator(`li.step[data-step="${step}"]`);
}

export async function expectStep(panel: Page, step: string, state: 'not-started' | 'in-progress' | 'done' | 'problem'): Promise<void> {
  await expect(stepCard(panel, step)).toHaveAttribute('data-state', state, { timeout: 15_000 });
}

export async function openSamlPage(page: Page, objectId: string, appId: string): Promise<void> {
  await page.goto(
    `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${objectId}/appId/${appId}/preferredSingleSignOnMode/saml`,
  );
}

/** The JustCall app a scenario made, with the ids deep links need. */
export function justcallApp(state: { apps: { name: string; objectId: string; appId: string }[] }): { objectId: string; appId: string } {
  const app = state.apps.find((a) => a.name === 'JustCall');
  if (!app) throw new Error('The scenario made no JustCall app.');
  return { objectId: app.objectId, appId: app.appId };
}
