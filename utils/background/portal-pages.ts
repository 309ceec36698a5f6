import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { isLoginUrl, portalOfUrl } from '@/utils/hosts';
import { parsePortalPageMessage, type ContentHello, type SeenPage } from '@/utils/messages/portal-pages';
import { readSeenPages, recordSeenPage } from '@/utils/storage/seen-pages';
import type { MessageHandler } from './router';
import { fromExtensionPage, type ExtensionIdentity } from './setup/senders';

/**
 * Content-script hellos and devtools readiness: which portal pages and panels
 * are alive. A hello is believed only from our own content script in a tab,
 * on a page of the portal it names; its URL and frame come from the browser
 * (the sender), never the message. Reading the list, and saying a devtools
 * panel is ready, are for extension pages only.
 */

export function helloRecord(message: ContentHello, sender: Runtime.MessageSender, self: ExtensionIdentity, at: Date): SeenPage | null {
  const url = sender.url;
  if (sender.id !== self.id || !sender.tab || sender.frameId === undefined || !url) return null;
  const portal = isLoginUrl(url) ? 'login' : portalOfUrl(url);
  if (portal !== message.portal) return null;
  return { portal, url, title: message.title, topFrame: sender.frameId === 0, tabId: sender.tab.id ?? null, at: at.toISOString() };
}

export const handlePortalPageMessage: MessageHandler = (raw, sender) => {
  const message = parsePortalPageMessage(raw);
  if (!message) return undefined;
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  switch (message.type) {
    case 'content-hello': {
      const record = helloRecord(message, sender, self, new Date());
      if (!record) return Promise.resolve({ ok: false });
      return recordSeenPage(browser.storage.session, record).then(() => ({ ok: true }));
    }
    case 'get-seen-pages':
      return fromExtensionPage(sender, self) ? readSeenPages(browser.storage.session) : Promise.resolve([]);
    case 'devtools-ready':
      if (!fromExtensionPage(sender, self)) return Promise.resolve({ ok: false });
      return browser.storage.session.set({ [`devtoolsReady:${message.tabId}`]: Date.now() }).then(() => ({ ok: true }));
  }
};
