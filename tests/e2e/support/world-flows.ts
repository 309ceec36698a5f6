import { expect, type Page } from '@playwright/test';
import { TEST_USER_PASSWORD } from '@/tests/world/server/store';

/**
 * Drives the world the way a person does: JustCall's login page, "Log in with
 * SSO", Microsoft's sign-in form. Returns the page where the flow ends (a
 * JustCall result page or an Entra error page).
 */
export async function spInitiatedLogin(page: Page, email: string, password = TEST_USER_PASSWORD): Promise<Page> {
  await page.goto('https://app.justcall.io/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Log in with SSO' }).click();
  // The public cloud's sign-in service, or Azure China's.
  await page.waitForURL(/login\.(microsoftonline\.com|partner\.microsoftonline\.cn)\//);
  // An Entra error page may come before the sign-in form (50011, 700016).
  const form = page.getByLabel('Email, phone, or Skype');
  if (await form.isVisible().catch(() => false)) {
    await form.fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForLoadState('load');
  // The auto-POST page submits itself; wait until we have left it.
  await expect(page.locator('#continue')).toHaveCount(0, { timeout: 15_000 });
  return page;
}
