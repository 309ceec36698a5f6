import type { PortalName } from '@/utils/hosts';
import { detectPageLanguage } from '@/utils/i18n/page-language';

/**
 * The start-up half of a portal content script: wait until the frame shows
 * anything a portal pane is made of (a control, a heading, a table), then ask
 * the background once to inject the page engine into this frame. The portal's
 * many empty, hidden hosting frames never get it.
 */

// A same-origin child frame (about:blank, srcdoc) gets no content script of its own: its parent's engine reaches it.
const PANE_MATERIAL =
  'input, textarea, select, button, [role="button"], [role="textbox"], [role="combobox"], [role="grid"], [role="heading"], table, h1, h2, h3, iframe[srcdoc], iframe:not([src]), iframe[src^="about:"]';

export function requestEngineWhenReady(doc: Document, portal: PortalName, send: (message: unknown) => Promise<unknown>): void {
  let asked = false;
  const ask = (): boolean => {
    if (asked) return true;
    if (!doc.querySelector(PANE_MATERIAL)) return false;
    asked = true;
    // Read when asking: a shell sets <html lang> as it starts, before any pane is drawn.
    const { lang } = detectPageLanguage(doc);
    void send({ type: 'content:load-engine', portal, ...(lang ? { lang } : {}) }).catch(() => undefined);
    return true;
  };
  if (ask()) return;
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new Observer(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (ask()) observer.disconnect();
    }, 100);
  });
  observer.observe(doc, { childList: true, subtree: true });
}
