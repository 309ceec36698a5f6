import { browser } from 'wxt/browser';
import { CaptureStore, type AddResult, type StorageLike } from '@/utils/recorder/store';
import { createRecorder, type Recorder } from '@/utils/recorder/listeners';
import { BADGE_COLOR, badgeText } from '@/utils/recorder/badge';
import { originPattern } from '@/utils/recorder/filters';
import { isEntraSignInUrl } from '@/utils/recorder/should-record';
import { HOST_PERMISSIONS } from '@/utils/hosts';
import { DoctorRequest, type DoctorCaptured } from '@/utils/messages/doctor';
import { parseWith } from '@/utils/messages/parse';
import type { CapturedRecord } from '@/utils/recorder/record';
import type { Runtime } from 'webextension-polyfill';
import type { MessageHandler } from './router';
import { fromExtensionPage, type ExtensionIdentity } from './setup/senders';

/**
 * The login doctor's recorder in the service worker. The webRequest listener
 * is registered synchronously at start-up so Chrome wakes the worker for a SAML
 * POST even when devtools is closed; Chrome only reports requests to hosts the
 * extension may access (the named hosts and origins granted later), and
 * should-record.ts narrows that to ACS POSTs and Entra GETs.
 */

// Created on first use, not at import: WXT imports entrypoints at build time, where there is no storage.
let instance: { store: CaptureStore; recorder: Recorder } | null = null;
function recorderInstance(): { store: CaptureStore; recorder: Recorder } {
  if (!instance) {
    const store = new CaptureStore(browser.storage.session as unknown as StorageLike);
    instance = { store, recorder: createRecorder({ store, grantedPatterns, onCaptured, isIncognitoTab }) };
  }
  return instance;
}

let granted: Promise<string[]> | null = null;

/**
 * Origins granted beyond the manifest's named hosts, cached until permissions
 * change: only grants of one exact host count, so a wildcard granted some
 * other way never makes the recorder read every site's POSTs.
 */
function grantedPatterns(): Promise<string[]> {
  granted ??= browser.permissions
    .getAll()
    .then((all) => {
      const named = new Set<string>(HOST_PERMISSIONS);
      return (all.origins ?? []).filter((o) => !named.has(o) && originPattern(o.replace(/\/\*$/, '')) === o);
    })
    .catch(() => []);
  return granted;
}

/** Whether a tab is in an Incognito window; a tab that cannot be read counts as one, so its captures are not written down. */
async function isIncognitoTab(tabId: number): Promise<boolean> {
  try {
    return (await chrome.tabs.get(tabId)).incognito;
  } catch {
    return true;
  }
}

/** Forgets the Incognito captures once no Incognito window is left (the split is explained in docs/PRIVACY.md). */
async function dropIncognitoWhenClosed(store: CaptureStore): Promise<void> {
  const windows = await chrome.windows.getAll().catch(() => null);
  if (windows && !windows.some((w) => w.incognito)) await store.clearIncognito();
}

function broadcast(message: DoctorCaptured): void {
  // No listener (panel closed) is normal: the record is in storage.session.
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

function onCaptured(result: AddResult): void {
  if (result.outcome === 'refused') return;
  const { record, failures } = result;
  broadcast({ type: 'doctor:captured', record, failures });
  if (record.tabId >= 0) {
    void chrome.action.setBadgeText({ tabId: record.tabId, text: badgeText(failures) }).catch(() => undefined);
    void chrome.action.setBadgeBackgroundColor({ tabId: record.tabId, color: BADGE_COLOR }).catch(() => undefined);
  }
}

const FILTER: chrome.webRequest.RequestFilter = {
  urls: ['https://*/*'],
  types: ['main_frame', 'sub_frame', 'xmlhttprequest'],
};

/** Call once, synchronously, from the background entrypoint. */
export function startRecorder(): void {
  const { store, recorder } = recorderInstance();
  chrome.webRequest.onBeforeRequest.addListener(
    (details) => {
      void recorder.onBeforeRequest(details).catch((e: unknown) => console.warn('[doctor] capture failed', e));
      return undefined;
    },
    FILTER,
    ['requestBody'],
  );
  chrome.webRequest.onHeadersReceived.addListener((details) => {
    void recorder.onHeadersReceived(details).catch(() => undefined);
    return undefined;
  }, FILTER);
  chrome.tabs.onRemoved.addListener((tabId) => void store.clear(tabId));
  chrome.windows.onRemoved.addListener(() => void dropIncognitoWhenClosed(store));
  chrome.permissions.onAdded.addListener(() => (granted = null));
  chrome.permissions.onRemoved.addListener(() => (granted = null));
}

/** The recorder's records of one tab (or every tab), for other background features such as the wizard's test sign-in. */
export function listCaptures(tabId: number | null): Promise<CapturedRecord[]> {
  return recorderInstance().store.list(tabId);
}

const self = (): ExtensionIdentity => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

/**
 * Who may send which doctor message: the error-page report only the login
 * content script, from a frame on Entra's sign-in service in a tab (the tab
 * comes from the sender, never the message); everything else only the
 * extension's own pages, by id, URL and origin (not by having no tab).
 */
export function doctorSenderAllowed(message: DoctorRequest, sender: Runtime.MessageSender, ext: ExtensionIdentity): boolean {
  if (message.type !== 'doctor:error-page') return fromExtensionPage(sender, ext);
  const url = sender.url;
  if (sender.id !== ext.id || sender.tab?.id === undefined || !url || !isEntraSignInUrl(url)) return false;
  const origin = (sender as { origin?: string }).origin;
  return origin === undefined || origin === new URL(url).origin;
}

export const handleDoctorMessage: MessageHandler = (raw, sender) => {
  const message = parseWith(DoctorRequest, raw);
  if (!message || !doctorSenderAllowed(message, sender, self())) return undefined;
  const { store, recorder } = recorderInstance();
  switch (message.type) {
    case 'doctor:error-page': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return recorder.onErrorPage(message, tabId, 'content').then(() => ({ ok: true }));
    }
    case 'doctor:list':
      return store.list(message.tabId).then((records) => ({ records }));
    case 'doctor:clear':
      return store.clear(message.tabId).then(() => ({ ok: true }));
    case 'doctor:tabs':
      return store.tabs().then((tabs) => ({ tabs }));
    case 'doctor:stats':
      return store.stats();
    case 'doctor:har-entry':
      return recorder
        .onHarEntry(message.tabId, message.entry, message.responseText)
        .then((r) => ({ ok: true, outcome: r?.outcome ?? 'ignored' }));
    case 'doctor:watch-origin': {
      // The listener already covers every https origin Chrome lets it see; this only confirms the grant of one exact host.
      granted = null;
      const pattern = originPattern(message.origin);
      if (!pattern) return Promise.resolve({ ok: false });
      return browser.permissions
        .contains({ origins: [pattern] })
        .then((ok) => ({ ok }))
        .catch(() => ({ ok: false }));
    }
  }
};
