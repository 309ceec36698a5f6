import { browser } from 'wxt/browser';
import { LOGIN_MATCHES } from '@/utils/hosts';
import { errorPageMessage } from '@/utils/recorder/error-page-reading';

/** Entra renders its error details from script; give it a moment before giving up. */
const WATCH_MS = 5_000;

export default defineContentScript({
  matches: [...LOGIN_MATCHES],
  runAt: 'document_idle',
  main() {
    let sent = false;
    const tryRead = (): boolean => {
      if (sent) return true;
      const msg = errorPageMessage(document.documentElement.outerHTML, location.href);
      if (!msg) return false;
      sent = true;
      void browser.runtime.sendMessage(msg).catch(() => undefined);
      return true;
    };
    if (tryRead()) return;
    const observer = new MutationObserver(() => {
      if (tryRead()) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    setTimeout(() => observer.disconnect(), WATCH_MS);
  },
});
