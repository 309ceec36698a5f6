import { describe, expect, it } from 'vitest';
import { announce, BADGE_AMBER, BADGE_RED, type AlertSurfaces } from '@/utils/background/cert-watch/announce';
import { EMPTY_WATCH, type WatchAlert, type WatchState } from '@/utils/cert-watch/state';
import { createWatchStore } from '@/utils/cert-watch/watch-store';
import { memoryArea } from '@/utils/setup/session-store';

const SHA = 'AA11BB22CC33DD44EE55FF6677889900AABBCCDD';

function surfaces(allowed: boolean) {
  const badges: { text: string; color: string; title: string }[] = [];
  const notes: { id: string; title: string; message: string; urgent: boolean }[] = [];
  const s: AlertSurfaces = {
    setBadge: async (b) => void badges.push(b),
    notificationsAllowed: async () => allowed,
    notify: async (n) => void notes.push(n),
  };
  return { s, badges, notes };
}

async function stored(alert: WatchAlert | null) {
  const watch = createWatchStore(memoryArea());
  const state: WatchState = await watch.update((w) => {
    w.alert = alert;
  });
  return { watch, state };
}

describe('badge and notification', () => {
  it('shows the days left in amber, and a mismatch as a red "!"', async () => {
    const expiring = await stored({ kind: 'expiring', within: 30, days: 20, sha1: SHA });
    const a = surfaces(false);
    await announce(expiring.state, expiring.watch, a.s);
    expect(a.badges).toEqual([
      { text: '20d', color: BADGE_AMBER, title: "Entra SSO Assistant: Entra's signing certificate expires in 20 days" },
    ]);

    const mismatch = await stored({ kind: 'mismatch', active: SHA, held: '1111111111111111111111111111111111111111' });
    const b = surfaces(false);
    await announce(mismatch.state, mismatch.watch, b.s);
    expect(b.badges[0]).toMatchObject({ text: '!', color: BADGE_RED });

    const clear = surfaces(false);
    await announce({ ...EMPTY_WATCH }, expiring.watch, clear.s);
    expect(clear.badges).toEqual([{ text: '', color: BADGE_AMBER, title: 'Entra SSO Assistant' }]);
  });

  it('notifies only when the admin allowed it, and each alert once', async () => {
    const { watch, state } = await stored({ kind: 'expiring', within: 7, days: 6, sha1: SHA });
    const off = surfaces(false);
    await announce(state, watch, off.s);
    expect(off.notes).toEqual([]);
    expect((await watch.read()).notified).toEqual([]);

    const on = surfaces(true);
    await announce(await watch.read(), watch, on.s);
    expect(on.notes).toHaveLength(1);
    expect(on.notes[0]).toMatchObject({ title: "Entra's signing certificate expires in 6 days", urgent: true });
    await announce(await watch.read(), watch, on.s);
    expect(on.notes).toHaveLength(1);
  });

  it('a badge the browser refuses does not stop the notification', async () => {
    const { watch, state } = await stored({ kind: 'expired', sha1: SHA });
    const on = surfaces(true);
    on.s.setBadge = async () => {
      throw new Error('no action');
    };
    await expect(announce(state, watch, on.s)).resolves.toBeUndefined();
    expect(on.notes).toHaveLength(1);
  });
});
