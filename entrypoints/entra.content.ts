import { browser } from 'wxt/browser';
import { ENTRA_PAGE_MATCHES } from '@/utils/hosts';
import { helloFor } from '@/utils/announce';
import { requestEngineWhenReady } from '@/utils/content/engine-request';

// Start-up only: announce the page, and ask for the page engine once the frame has a pane to work on.
export default defineContentScript({
  matches: [...ENTRA_PAGE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const send = (m: unknown) => browser.runtime.sendMessage(m);
    void send(helloFor('entra', window)).catch(() => undefined);
    requestEngineWhenReady(document, 'entra', send);
  },
});
