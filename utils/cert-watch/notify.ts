import { alertKey, type WatchState } from './state';

/** The alert to show as a system notification now: one not shown before. Null when there is none. */
export function alertToNotify(state: WatchState): string | null {
  if (!state.alert) return null;
  const key = alertKey(state.alert);
  return state.notified.includes(key) ? null : key;
}
