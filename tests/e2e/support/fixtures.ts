import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWorld } from '@/tests/world/server/server';
import { findChromium } from '@/scripts/lib/find-chromium';
import { extensionLaunchArgs } from '@/scripts/lib/launch-args';

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
  /**
   * Optional host permissions to hold from install on, standing in for an accepted
   * permission prompt, which Playwright cannot click: a copy of the build whose
   * manifest lists exactly these origins as host permissions (nothing else changes).
   */
  grantedAtInstall: readonly string[];
  extContext: BrowserContext;
  extensionId: string;
}

interface TestFixtures {
  ext: ExtensionHelpers;
  resetWorld: null;
}

/** A copy of the build holding these optional origins as granted host permissions (see grantedAtInstall). */
function grantedCopy(dir: string, origins: readonly string[]): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'entra-sso-granted-'));
  cpSync(dir, copy, { recursive: true });
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  const optional = manifest.optional_host_permissions ?? [];
  const unknown = origins.filter((o) => !optional.includes(o));
  if (unknown.length) throw new Error(`Not optional host permissions of the build, so no prompt would grant them: ${unknown.join(', ')}`);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return copy;
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  devtools: [false, { scope: 'worker', option: true }],
  grantedAtInstall: [[], { scope: 'worker', option: true }],

  world: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const world = await startWorld({ port: 0 });
      await use(world);
      await world.close();
    },
    { scope: 'worker' },
  ],

  extContext: [
    async ({ world, devtools, grantedAtInstall }, use) => {
      if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`The extension is not built (${EXTENSION_DIR}). Run \`npm run build\` first; \`npm run test:e2e\` does.`);
      }
      const userDataDir = mkdtempSync(path.join(tmpdir(), 'entra-sso-e2e-'));
      const extensionDir = grantedAtInstall.length ? grantedCopy(EXTENSION_DIR, grantedAtInstall) : EXTENSION_DIR;
      const extra = devtools ? ['--auto-open-devtools-for-tabs'] : [];
      const context = await chromium.launchPersistentContext(userDataDir, {
        headless: true,
        executablePath: findChromium(),
        args: extensionLaunchArgs(extensionDir, world.hostResolverRules, extra),
        viewport: { width: 1280, height: 860 },
      });
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
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
    async ({ world, extContext }, use) => {
      await world.runtime.reset();
      await use(null);
      // Tests share one browser: pages a test left open (side panels, doctor tabs, sign-in
      // windows) would keep messaging the service worker into the next test. Keep one blank tab,
      // since closing the last one would end the persistent context.
      const pages = extContext.pages();
      for (const extra of pages.slice(1)) await extra.close().catch(() => undefined);
      await pages[0]?.goto('about:blank').catch(() => undefined);
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
      async openSidePanel() {
        const page = await helpers.openPage('sidepanel.html');
        // The real side panel is narrow; test (and screenshot) the wizard at that width.
        await page.setViewportSize({ width: 420, height: 900 });
        return page;
      },
      async storage(area, key) {
        const worker = await serviceWorkerOf(extContext);
        return worker.evaluate(([a, k]) => chrome.storage[a as 'local' | 'session'].get(k ?? null), [area, key ?? null] as const);
      },
      async clearStorage() {
        const worker = await serviceWorkerOf(extContext);
        await worker.evaluate(async () => {
          await chrome.storage.local.clear();
          await chrome.storage.session.clear();
        });
      },
      async stopServiceWorker() {
        // Target.closeTarget does not stop an extension's service worker (checked with Chromium 156:
        // the worker kept running). The ServiceWorker domain's stopWorker does, as chrome://serviceworker-internals' Stop.
        const page = await extContext.newPage();
        try {
          // An extension-origin page that runs no script of ours, so nothing wakes the worker again.
          await page.goto(`chrome-extension://${extensionId}/manifest.json`);
          const session = await extContext.newCDPSession(page);
          const scriptPrefix = `chrome-extension://${extensionId}/`;
          const running = new Promise<string[]>((resolve) => {
            session.on(
              'ServiceWorker.workerVersionUpdated',
              (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
                const ours = e.versions.filter((v) => v.scriptURL.startsWith(scriptPrefix) && v.runningStatus === 'running');
                if (ours.length) resolve(ours.map((v) => v.versionId));
              },
            );
          });
          await session.send('ServiceWorker.enable');
          const versionIds = await Promise.race([running, new Promise<string[]>((r) => setTimeout(() => r([]), 5_000))]);
          expect(versionIds.length, 'a running extension service worker to stop').toBeGreaterThan(0);
          for (const versionId of versionIds) await session.send('ServiceWorker.stopWorker', { versionId });
          const cdp = await extContext.browser()?.newBrowserCDPSession();
          if (cdp) {
            await expect
              .poll(
                async () => {
                  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
                  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(scriptPrefix));
                },
                { message: 'the service worker target is gone' },
              )
              .toBe(false);
            await cdp.detach();
          }
          await session.detach();
        } finally {
          await page.close();
        }
      },
    };
    await use(helpers);
  },
});

export { expect };
