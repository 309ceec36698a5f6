import { browser } from 'wxt/browser';
import { JUSTCALL_PAGE_MATCHES } from '@/utils/hosts';
import { helloFor } from '@/utils/announce';
import { runSetupContent } from '@/utils/content/run';
import { JUSTCALL_ADAPTERS, readScimToken } from '@/utils/content/justcall-features';

export default defineContentScript({
  matches: [...JUSTCALL_PAGE_MATCHES],
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage(helloFor('justcall', window)).catch(() => undefined);
    runSetupContent('justcall', JUSTCALL_ADAPTERS, readScimToken);
  },
});
