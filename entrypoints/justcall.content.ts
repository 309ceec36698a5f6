import { browser } from 'wxt/browser';
import { JUSTCALL_PAGE_MATCHES } from '@/utils/hosts';
import { helloFor } from '@/utils/announce';

export default defineContentScript({
  matches: [...JUSTCALL_PAGE_MATCHES],
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage(helloFor('justcall', window)).catch(() => undefined);
  },
});
