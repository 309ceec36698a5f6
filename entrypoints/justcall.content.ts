import { browser } from 'wxt/browser';
import { JUSTCALL_PAGE_MATCHES } from '@/utils/hosts';
import { helloFor } from '@/utils/announce';
import { requestEngineWhenReady } from '@/utils/content/engine-request';

// Start-up only: announce the page, and ask for the page engine once the page has a form to work on.
export default defineContentScript({
  matches: [...JUSTCALL_PAGE_MATCHES],
  runAt: 'document_idle',
  main() {
    const send = (m: unknown) => browser.runtime.sendMessage(m);
    void send(helloFor('justcall', window)).catch(() => undefined);
    requestEngineWhenReady(document, 'justcall', send);
  },
});
