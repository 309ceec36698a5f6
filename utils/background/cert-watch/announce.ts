import { describeAlert } from '@/utils/cert-watch/describe';
import { alertToNotify } from '@/utils/cert-watch/notify';
import type { WatchState } from '@/utils/cert-watch/state';
import type { WatchStore } from '@/utils/cert-watch/watch-store';

/**
 * Where a check's result shows outside the side panel: the toolbar badge
 * always, a system notification only when the admin allowed them, and each
 * alert notified once. The browser calls are injected, so this is unit-tested.
 */

export interface AlertSurfaces {
  setBadge(badge: { text: string; color: string; title: string }): Promise<void>;
  notificationsAllowed(): Promise<boolean>;
  notify(note: { id: string; title: string; message: string; urgent: boolean }): Promise<void>;
}

export const BADGE_RED = '#c50f1f';
export const BADGE_AMBER = '#bc4b09';
const TITLE = 'Entra SSO Assistant';

export async function showBadge(state: WatchState, surfaces: AlertSurfaces): Promise<void> {
  const words = state.alert ? describeAlert(state.alert) : null;
  await surfaces.setBadge({
    text: words?.badge ?? '',
    color: words?.urgent ? BADGE_RED : BADGE_AMBER,
    title: words ? `${TITLE}: ${words.title}` : TITLE,
  });
}

export async function notifyOnce(state: WatchState, watch: WatchStore, surfaces: AlertSurfaces): Promise<boolean> {
  const key = alertToNotify(state);
  if (!key || !state.alert || !(await surfaces.notificationsAllowed())) return false;
  const words = describeAlert(state.alert);
  await surfaces.notify({ id: `cert-watch:${key}`, title: words.title, message: words.detail, urgent: words.urgent });
  await watch.update((w) => {
    w.notified = [...w.notified.filter((k) => k !== key), key].slice(-50);
  });
  return true;
}

/** Both, and never a throw: a badge or notification the browser refuses must not fail the check. */
export async function announce(state: WatchState | null, watch: WatchStore, surfaces: AlertSurfaces): Promise<void> {
  if (!state) return;
  await showBadge(state, surfaces).catch(() => undefined);
  await notifyOnce(state, watch, surfaces).catch(() => undefined);
}
