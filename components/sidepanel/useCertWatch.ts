import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CERT_WATCH_KEY, EMPTY_WATCH, parseWatch, type WatchState } from '@/utils/cert-watch/state';

/** The certificate watch's stored state, kept live; only the background writes it. */
export function useCertWatch(): WatchState {
  const [state, setState] = useState<WatchState>(EMPTY_WATCH);
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const raw = (await browser.storage.local.get(CERT_WATCH_KEY))[CERT_WATCH_KEY];
      if (alive) setState(parseWatch(raw));
    };
    void load();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CERT_WATCH_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return state;
}

const NOTIFICATIONS: chrome.permissions.Permissions = { permissions: ['notifications'] };

/** Whether system notifications are allowed, and a way to ask (a click in the panel: the browser asks the admin). */
export function useNotificationsPermission(): { granted: boolean | null; request: () => Promise<void>; remove: () => Promise<void> } {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void chrome.permissions.contains(NOTIFICATIONS).then(setGranted, () => setGranted(null));
  }, []);
  const tell = () => browser.runtime.sendMessage({ type: 'certwatch:notifications' }).catch(() => undefined);
  return {
    granted,
    async request() {
      const ok = await chrome.permissions.request(NOTIFICATIONS).catch(() => false);
      setGranted(ok);
      if (ok) await tell();
    },
    async remove() {
      await chrome.permissions.remove(NOTIFICATIONS).catch(() => false);
      setGranted(await chrome.permissions.contains(NOTIFICATIONS).catch(() => false));
    },
  };
}
