import { browser } from 'wxt/browser';
import { ENTRA_PAGE_MATCHES } from '@/utils/hosts';
import { helloFor } from '@/utils/announce';
import { runSetupContent } from '@/utils/content/run';
import { ENTRA_ADAPTERS } from '@/utils/content/entra-features';

export default defineContentScript({
  matches: [...ENTRA_PAGE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage(helloFor('entra', window)).catch(() => undefined);
    runSetupContent('entra', ENTRA_ADAPTERS);
  },
});
