import { browser } from 'wxt/browser';
import { parsePortalPageMessage } from '@/utils/messages/portal-pages';
import { readSeenPages, recordSeenPage } from '@/utils/storage/seen-pages';
import type { MessageHandler } from './router';

/** Content-script hellos and devtools readiness: which portal pages and panels are alive. */
export const handlePortalPageMessage: MessageHandler = (raw, sender) => {
  const message = parsePortalPageMessage(raw);
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
};
