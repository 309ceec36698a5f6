import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWorld } from '../../world/server/server';
import { findChromium } from '../../../scripts/lib/find-chromium';
import { extensionLaunchArgs } from '../../../scripts/lib/launch-args';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

type StartedWorld = Awaited<ReturnType<typeof startWorld>>;

export interface ExtensionHelpers {
  id: string;
  serviceWorker(): Promise<Worker>;
  /** The side panel's page, opened as a tab (Chrome gives tests no way to open the real side panel). */
  openSidePanel(): Promise<Page>;
  openPage(file: string): Promise<Page>;
  storage(area: 'local' | 'session', key?: string): Promise<Record<string, unknown>>;
  clearStorage(): Promise<void>;
  /** Stops the service worker the way Chrome does when it idles; the next event restarts it. */
  stopServiceWorker(): Promise<void>;
}

interface WorkerFixtures {
  world: StartedWorld;
  devtools: boolean;
  extContext: BrowserContext;
  extensionId: string;
}

interface TestFixtures {
  ext: ExtensionHelpers;
  resetWorld: void;
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  devtools: [false, { scope: 'worker', option: true }],

  world: [
    async ({}, use) => {
      const world = await startWorld({ port: 0 });
      await use(world);
      await world.close();
    },
    { scope: 'worker' },
  ],

  extContext: [
    async ({ world, devtools }, use) => {
      if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`The extension is not built (${EXTENSION_DIR}). Run \`npm run build\` first; \`npm run test:e2e\` does.`);
      }
      const userDataDir = mkdtempSync(path.join(tmpdir(), 'entra-sso-e2e-'));
      const extra = devtools ? ['--auto-open-devtools-for-tabs'] : [];
      const context = await chromium.launchPersistentContext(userDataDir, {
        headless: true,
        executablePath: findChromium(),
        args: extensionLaunchArgs(EXTENSION_DIR, world.hostResolverRules, extra),
        viewport: { width: 1280, height: 860 },
      });
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  extensionId: [
    async ({ extContext }, use) => {
      const worker = await serviceWorkerOf(extContext);
      const id = new URL(worker.url()).host;
      await use(id);
    },
    { scope: 'worker' },
  ],

  context: async ({ extContext }, use) => {
    await use(extContext);
  },

  page: async ({ extContext }, use) => {
    const page = await extContext.newPage();
    await use(page);
    await page.close();
  },

  resetWorld: [
    async ({ world }, use) => {
      await world.runtime.reset();
      await use();
    },
    { auto: true },
  ],

  ext: async ({ extContext, extensionId }, use) => {
    const helpers: ExtensionHelpers = {
      id: extensionId,
      serviceWorker: () => serviceWorkerOf(extContext),
      async openPage(file) {
        const page = await extContext.newPage();
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        return page;
      },
      openSidePanel() {
        return helpers.openPage('sidepanel.html');
      },
      async storage(area, key) {
        const worker = await serviceWorkerOf(extContext);
        return worker.evaluate(
          ([a, k]) => chrome.storage[a as 'local' | 'session'].get(k ?? null),
          [area, key ?? null] as const,
        );
      },
      async clearStorage() {
        const worker = await serviceWorkerOf(extContext);
        await worker.evaluate(async () => {
          await chrome.storage.local.clear();
          await chrome.storage.session.clear();
        });
      },
      async stopServiceWorker() {
        const cdp = await extContext.browser()?.newBrowserCDPSession();
        const page = cdp ? null : await extContext.newPage();
        const session = cdp ?? (await extContext.newCDPSession(page!));
        const { targetInfos } = (await session.send('Target.getTargets')) as {
          targetInfos: { targetId: string; type: string; url: string }[];
        };
        const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
        expect(sw, 'the extension service worker target').toBeTruthy();
        await session.send('Target.closeTarget', { targetId: sw!.targetId });
        await page?.close();
      },
    };
    await use(helpers);
  },
});

export { expect };
