import { detectPageLanguage } from '@/utils/features/language';
import { appIdsFromUrl } from './app-ids';
import type { ControllerContext } from './context';

/**
 * Facts about the page rather than a pane: its language (once, from the top
 * frame) and, on Entra, the enterprise app's ids in the URL — seeing them
 * means the app exists, which is how step 2 becomes done.
 */
export function createPageFacts(ctx: ControllerContext) {
  let languageSent = false;
  let lastIds = '';
  return function reportPageFacts(): void {
    const { win, deps } = ctx;
    if (!languageSent && win && win.top === win) {
      languageSent = true;
      void ctx.send({ type: 'setup:language', portal: deps.portal, lang: detectPageLanguage(ctx.doc).lang, url: ctx.url() });
    }
    if (deps.portal !== 'entra') return;
    const ids = appIdsFromUrl(ctx.url());
    const key = ids ? `${ids.objectId}|${ids.appId}` : '';
    if (ids && key !== lastIds) {
      lastIds = key;
      void ctx.send({ type: 'setup:observed', feature: 'entra/create-app', url: ctx.url(), saved: true, values: { ...ids } });
    }
  };
}
