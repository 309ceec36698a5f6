import { browser } from 'wxt/browser';
import { parseMessage } from '@/utils/messages';
import { readSeenPages, recordSeenPage } from '@/utils/storage/seen-pages';

export default defineBackground(() => {
  // Clicking the toolbar icon opens the side panel (Chrome's own API; the polyfill lacks sidePanel).
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'content-hello':
        return recordSeenPage(browser.storage.session, {
          portal: message.portal,
          url: message.url,
          title: message.title,
          topFrame: message.topFrame,
          tabId: sender.tab?.id ?? null,
          at: new Date().toISOString(),
        }).then(() => ({ ok: true }));
      case 'get-seen-pages':
        return readSeenPages(browser.storage.session);
      case 'devtools-ready':
        return browser.storage.session.set({ [`devtoolsReady:${message.tabId}`]: Date.now() }).then(() => ({ ok: true }));
    }
  });
});
