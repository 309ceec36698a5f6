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
import type { MessageHandler } from './router';

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
    instance = { store, recorder: createRecorder({ store, grantedPatterns, onCaptured }) };
  }
  return instance;
}

let granted: Promise<string[]> | null = null;

/** Origins granted beyond the manifest's named hosts; cached until permissions change. */
function grantedPatterns(): Promise<string[]> {
  granted ??= browser.permissions
    .getAll()
    .then((all) => {
      const named = new Set<string>(HOST_PERMISSIONS);
      return (all.origins ?? []).filter((o) => !named.has(o));
    })
    .catch(() => []);
  return granted;
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
  chrome.permissions.onAdded.addListener(() => (granted = null));
  chrome.permissions.onRemoved.addListener(() => (granted = null));
}

/** The recorder's records of one tab (or every tab), for other background features such as the wizard's test sign-in. */
export function listCaptures(tabId: number | null): Promise<CapturedRecord[]> {
  return recorderInstance().store.list(tabId);
}

export const handleDoctorMessage: MessageHandler = (raw, sender) => {
  const message = parseWith(DoctorRequest, raw);
  if (!message) return undefined;
  const { store, recorder } = recorderInstance();
  // Only the extension's own pages may read captures; content scripts may only report error pages.
  const fromExtensionPage = !sender.tab || sender.url?.startsWith(browser.runtime.getURL('/')) === true;
  switch (message.type) {
    case 'doctor:error-page': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url || !isEntraSignInUrl(sender.url)) return undefined;
      return recorder.onErrorPage(message, tabId, 'content').then(() => ({ ok: true }));
    }
    case 'doctor:list':
      return fromExtensionPage ? store.list(message.tabId).then((records) => ({ records })) : undefined;
    case 'doctor:clear':
      return fromExtensionPage ? store.clear(message.tabId).then(() => ({ ok: true })) : undefined;
    case 'doctor:tabs':
      return fromExtensionPage ? store.tabs().then((tabs) => ({ tabs })) : undefined;
    case 'doctor:stats':
      return fromExtensionPage ? store.stats() : undefined;
    case 'doctor:har-entry':
      return fromExtensionPage
        ? recorder
            .onHarEntry(message.tabId, message.entry, message.responseText)
            .then((r) => ({ ok: true, outcome: r?.outcome ?? 'ignored' }))
        : undefined;
    case 'doctor:watch-origin':
      // The listener already covers every https origin Chrome lets it see; this only confirms the grant.
      granted = null;
      return fromExtensionPage
        ? browser.permissions
            .contains({ origins: [originPattern(message.origin) ?? ''] })
            .then((granted) => ({ ok: granted }))
            .catch(() => ({ ok: false }))
        : undefined;
  }
};
