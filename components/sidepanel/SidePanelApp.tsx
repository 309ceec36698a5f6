import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SeenPage } from '@/utils/messages/portal-pages';
import { SEEN_PAGES_KEY, readSeenPages } from '@/utils/storage/seen-pages';
import { deriveWizard } from '@/utils/setup/wizard/derive';
import { CertificateWatch } from './CertificateWatch';
import { ChangeLog } from './ChangeLog';
import { IncognitoNotice, LanguageNotice } from './Notices';
import { SettingsPanel } from './SettingsPanel';
import { useSetupState } from './useSetupState';
import { useStepFromHash } from './useStepFromHash';
import { Wizard } from './Wizard';
import './wizard.css';

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
  const state = useSetupState();
  const opened = useStepFromHash(state.loaded);
  const foreign = deriveWizard(state.session, { hasScimToken: state.hasScimToken }).foreignPortals;
  return (
    <main class="panel" aria-busy={!state.loaded}>
      <header class="brand">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Entra SSO Assistant</h1>
        <a class="doctor-link" href="/devtools-panel.html" target="_blank" rel="noopener">
          Login doctor
        </a>
      </header>
      <p class="intro">
        Connect JustCall to Microsoft Entra ID with SAML single sign-on. Open each page from its step; the assistant reads the values on one
        side and offers to fill them on the other.
      </p>
      <LanguageNotice portals={foreign} />
      <IncognitoNotice />
      <CertificateWatch setup={state} />
      <Wizard state={state} opened={opened} />
      <SettingsPanel settings={state.session.settings} />
      <ChangeLog entries={state.session.changelog} />
      <details class="seen">
        <summary>Portal pages seen</summary>
        <SeenPagesList />
      </details>
    </main>
  );
}
