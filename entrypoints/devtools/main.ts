import { browser } from 'wxt/browser';
import { carriesSaml, mayBeEntraErrorPage, type NetworkEntryShape } from '@/utils/recorder/devtools-filter';

/** The title is also the DevTools panel id suffix that the e2e helper shows. */
export const PANEL_TITLE = 'SSO Doctor';

const tabId = browser.devtools.inspectedWindow.tabId;

/**
 * Every finished request of the inspected tab passes here. SAML carriers and
 * Entra's HTML answers go to the background's recorder, which merges them
 * with what webRequest saw and tells the panel.
 */
chrome.devtools.network.onRequestFinished.addListener((request) => {
  const entry = request as unknown as NetworkEntryShape;
  const saml = carriesSaml(entry);
  const errorPage = !saml && mayBeEntraErrorPage(entry);
  if (!saml && !errorPage) return;
  const send = (responseText: string | null) =>
    void browser.runtime
      .sendMessage({ type: 'doctor:har-entry', tabId, entry: JSON.parse(JSON.stringify(request)) as unknown, responseText })
      .catch(() => undefined);
  if (errorPage) request.getContent((content) => send(typeof content === 'string' ? content : null));
  else send(null);
});

browser.devtools.panels.create(PANEL_TITLE, '/icon/32.png', '/devtools-panel.html').then(() => {
  // Tell the background the panel exists, so tests (and the recorder) know capture can start.
  void browser.runtime.sendMessage({ type: 'devtools-ready', tabId }).catch(() => undefined);
});
