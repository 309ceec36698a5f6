import { browser } from 'wxt/browser';

/** The title is also the DevTools panel id suffix that the e2e helper shows. */
export const PANEL_TITLE = 'SSO Doctor';

browser.devtools.panels.create(PANEL_TITLE, '/icon/32.png', '/devtools-panel.html').then(() => {
  // Tell the background the panel exists, so tests (and the recorder) know capture can start.
  void browser.runtime
    .sendMessage({ type: 'devtools-ready', tabId: browser.devtools.inspectedWindow.tabId })
    .catch(() => undefined);
});
