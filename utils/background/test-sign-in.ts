import { browser } from 'wxt/browser';
import { parseWith } from '@/utils/messages/parse';
import { TestSignInRequest } from '@/utils/messages/test-sign-in';
import { TEST_RUN_KEY } from '@/utils/test-sign-in/run';
import { handleTestSignIn, type TestSignInDeps } from '@/utils/test-sign-in/service';
import { listCaptures } from './recorder';
import type { MessageHandler } from './router';
import { fromExtensionPage } from './setup/senders';

/**
 * The wizard's "Test sign-in" in the service worker: opens JustCall's login
 * in a new (optionally Incognito) window and hands the recorder's captures of
 * that window back to the wizard, which runs the doctor's analysis on them.
 */

const deps: TestSignInDeps = {
  isAllowedIncognito: () => browser.extension.isAllowedIncognitoAccess(),
  async openWindow(url, incognito) {
    // chrome.windows directly: the polyfill's types lack `incognito` on some versions; the call is the same.
    const win = await chrome.windows.create({ url, type: 'normal', incognito, focused: true });
    if (win?.id === undefined) throw new Error('the browser opened no window');
    const tabIds = (win.tabs ?? []).flatMap((t) => (t.id !== undefined ? [t.id] : []));
    return { windowId: win.id, tabIds };
  },
  async windowTabs(windowId) {
    try {
      const tabs = await chrome.tabs.query({ windowId });
      // A closed window has no tabs; windows.get would also reject.
      if (tabs.length === 0) return null;
      return tabs.flatMap((t) => (t.id !== undefined ? [t.id] : []));
    } catch {
      return null;
    }
  },
  listRecords: (tabId) => listCaptures(tabId),
  readRun: async () => (await browser.storage.session.get(TEST_RUN_KEY))[TEST_RUN_KEY],
  writeRun: (run) => browser.storage.session.set({ [TEST_RUN_KEY]: run }),
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

export const handleTestSignInMessage: MessageHandler = (raw, sender) => {
  const message = parseWith(TestSignInRequest, raw);
  if (!message) return undefined;
  // Only the extension's own pages (the side panel) may open windows or read captures: by id, URL and origin.
  if (!fromExtensionPage(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') })) return undefined;
  return handleTestSignIn(deps, message);
};
