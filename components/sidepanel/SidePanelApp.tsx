import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SeenPage } from '@/utils/messages';
import { SEEN_PAGES_KEY, readSeenPages } from '@/utils/storage/seen-pages';

const PORTAL_NAMES: Record<SeenPage['portal'], string> = {
  entra: 'Microsoft Entra admin center',
  justcall: 'JustCall',
  login: 'Microsoft sign-in',
};

/** Lists the portal pages whose content scripts have announced themselves. */
export function SeenPagesList() {
  const [pages, setPages] = useState<SeenPage[]>([]);
  useEffect(() => {
    const refresh = () => void readSeenPages(browser.storage.session).then(setPages);
    refresh();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && SEEN_PAGES_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  if (pages.length === 0) {
    return <p class="muted">No portal page seen yet. Open JustCall or the Entra admin center in a tab.</p>;
  }
  return (
    <ul class="seen-pages" aria-label="Portal pages seen">
      {pages.map((p) => (
        <li key={`${p.url}|${p.topFrame}`} data-portal={p.portal}>
          <strong>{PORTAL_NAMES[p.portal]}</strong>
          {p.topFrame ? '' : ' (frame)'}
          <div class="url">{p.url}</div>
        </li>
      ))}
    </ul>
  );
}

export function SidePanelApp() {
  return (
    <main class="panel">
      <header class="brand">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Entra SSO Assistant</h1>
      </header>
      <section>
        <h2>Portal pages seen</h2>
        <SeenPagesList />
      </section>
    </main>
  );
}
