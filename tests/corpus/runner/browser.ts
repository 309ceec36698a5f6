import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '@/scripts/lib/find-chromium';
import { extensionLaunchArgs } from '@/scripts/lib/launch-args';
import { SCIM_TOKEN_KEY, SETUP_SESSION_KEY, type ScimToken, type SetupSession } from '@/utils/setup/session';

/** Chromium with the built extension, reaching only the corpus server. */

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

export interface CorpusBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The side panel's page, opened as a tab (tests cannot open the real side panel). */
  sidePanel: Page;
  seed(session: SetupSession, token: ScimToken | null): Promise<void>;
  storedSession(): Promise<unknown>;
  close(): Promise<void>;
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export async function launchCorpusBrowser(hostResolverRules: string): Promise<CorpusBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}). Run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'entra-sso-corpus-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: findChromium(),
    args: extensionLaunchArgs(EXTENSION_DIR, hostResolverRules),
    viewport: { width: 1280, height: 900 },
  });
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;
  const sidePanel = await context.newPage();
  await sidePanel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await sidePanel.setViewportSize({ width: 420, height: 900 });

  const sw = async (): Promise<Worker> => serviceWorkerOf(context);
  return {
    context,
    extensionId,
    sidePanel,
    async seed(session, token) {
      await (
        await sw()
      ).evaluate(
        async ([sessionKey, tokenKey, s, t]) => {
          await chrome.storage.local.clear();
          await chrome.storage.session.clear();
          await chrome.storage.local.set({ [sessionKey]: s });
          if (t) await chrome.storage.session.set({ [tokenKey]: t });
        },
        [SETUP_SESSION_KEY, SCIM_TOKEN_KEY, session, token] as const,
      );
    },
    async storedSession() {
      const got = await (await sw()).evaluate((key) => chrome.storage.local.get(key), SETUP_SESSION_KEY);
      return got[SETUP_SESSION_KEY];
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
