import { browser } from 'wxt/browser';
import { readCloudChoice } from '@/utils/cloud/choice';
import type { WatchState } from '@/utils/cert-watch/state';
import { createWatchStore } from '@/utils/cert-watch/watch-store';
import { parseCertWatchMessage } from '@/utils/messages/cert-watch';
import { SETUP_SESSION_KEY } from '@/utils/setup/storage-keys';
import { createSessionStore } from '@/utils/setup/session-store';
import type { MessageHandler } from '@/utils/background/router';
import { fromExtensionPage } from '@/utils/background/setup/senders';
import { announce, showBadge, type AlertSurfaces } from './announce';
import { reevaluate, runCertCheck, type CheckDeps, type CheckOutcome } from './check';
import { takeRotationCert } from './rotation-intake';

/**
 * The certificate watch in the service worker: a daily chrome.alarms check
 * (alarms outlive the worker, and the state is in storage, so a restart
 * loses nothing), the toolbar badge, and a system notification when the admin
 * allowed them. The side panel's "Check now" runs the same check.
 */

export const CERT_WATCH_ALARM = 'cert-watch';
const DAY_MINUTES = 24 * 60;
const NOTIFICATIONS: chrome.permissions.Permissions = { permissions: ['notifications'] };

let deps: CheckDeps | null = null;
function getDeps(): CheckDeps {
  deps ??= {
    store: createSessionStore({ local: browser.storage.local, session: browser.storage.session }),
    watch: createWatchStore(browser.storage.local),
    fetch: (url, init) => fetch(url, init),
    now: () => new Date(),
    cloud: () => readCloudChoice(browser.storage.local),
  };
  return deps;
}

const SURFACES: AlertSurfaces = {
  async setBadge({ text, color, title }) {
    await chrome.action.setBadgeText({ text });
    if (text) await chrome.action.setBadgeBackgroundColor({ color });
    await chrome.action.setTitle({ title });
  },
  // An optional permission: without it chrome.notifications is not even defined.
  notificationsAllowed: async () => (await chrome.permissions.contains(NOTIFICATIONS)) && chrome.notifications !== undefined,
  async notify({ id, title, message, urgent }) {
    await chrome.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
      priority: urgent ? 2 : 0,
    });
  },
};

const announceState = (state: WatchState | null) => announce(state, getDeps().watch, SURFACES);

export async function checkNow(): Promise<CheckOutcome> {
  const outcome = await runCertCheck(getDeps());
  await announceState(outcome.state);
  return outcome;
}

/** Called at every service-worker start: the alarm exists once, the badge shows the stored alert. */
export function startCertWatch(): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CERT_WATCH_ALARM) void checkNow().catch(() => undefined);
  });
  void chrome.alarms
    .get(CERT_WATCH_ALARM)
    .then((existing) => {
      if (!existing) return chrome.alarms.create(CERT_WATCH_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    })
    .catch(() => undefined);
  void getDeps()
    .watch.read()
    .then((s) => showBadge(s, SURFACES))
    .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETUP_SESSION_KEY in changes) void reevaluate(getDeps()).then(announceState, () => undefined);
  });
}

const self = () => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

export const handleCertWatchMessage: MessageHandler = (raw, sender) => {
  const msg = parseCertWatchMessage(raw);
  if (!msg) return undefined;
  if (!fromExtensionPage(sender, self())) return Promise.resolve({ ok: false, error: 'Message refused: wrong sender.' });
  const d = getDeps();
  switch (msg.type) {
    case 'certwatch:check':
      return checkNow().then((o) => (o.ok ? { ok: true } : { ok: false, error: o.error }));
    case 'certwatch:rotation-cert':
      return takeRotationCert(d.store, d.watch, msg.text, msg.name, d.now());
    case 'certwatch:end-rotation':
      return d.watch
        .update((w) => {
          w.rotation = null;
        })
        .then(() => ({ ok: true }));
    case 'certwatch:notifications':
      return d.watch
        .read()
        .then(announceState)
        .then(() => ({ ok: true }));
  }
};
