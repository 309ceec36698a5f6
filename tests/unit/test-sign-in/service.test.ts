import { describe, expect, it } from 'vitest';
import { handleTestSignIn, startRun, runStatus, type TestSignInDeps } from '@/utils/test-sign-in/service';
import { parseWith } from '@/utils/messages/parse';
import { TestSignInRequest, TestSignInStatusReply } from '@/utils/messages/test-sign-in';
import { JUSTCALL_LOGIN_URL } from '@/utils/test-sign-in/run';
import type { CapturedRecord } from '@/utils/recorder/record';
import { errorPageRecord, requestRecord } from './flow';

function fakeBrowser(opts: { incognitoAllowed?: boolean; openFails?: boolean } = {}) {
  const windows = new Map<number, number[]>();
  const records = new Map<number, CapturedRecord[]>();
  const opened: Array<{ url: string; incognito: boolean }> = [];
  let stored: unknown;
  let clock = 1_000_000;
  const deps: TestSignInDeps = {
    isAllowedIncognito: async () => opts.incognitoAllowed ?? false,
    async openWindow(url, incognito) {
      if (opts.openFails) throw new Error('Incognito mode is disabled by policy');
      opened.push({ url, incognito });
      windows.set(5, [7]);
      return { windowId: 5, tabIds: [7] };
    },
    windowTabs: async (id) => windows.get(id) ?? null,
    listRecords: async (tabId) => records.get(tabId) ?? [],
    readRun: async () => stored,
    async writeRun(run) {
      stored = JSON.parse(JSON.stringify(run));
    },
    now: () => clock,
    newId: () => 'run-1',
  };
  return { deps, windows, records, opened, stored: () => stored, tick: (ms: number) => (clock += ms) };
}

describe('the background’s test sign-in', () => {
  it('opens JustCall’s login in a new window and remembers the run', async () => {
    const b = fakeBrowser();
    const reply = await startRun(b.deps, false);
    expect(reply).toEqual({ ok: true, run: { id: 'run-1', windowId: 5, tabIds: [7], startedAt: 1_000_000, incognito: false } });
    expect(b.opened).toEqual([{ url: JUSTCALL_LOGIN_URL, incognito: false }]);
    expect(b.stored()).toEqual((reply as { run: unknown }).run);
  });

  it('refuses an Incognito window the extension may not use, and says how to allow it', async () => {
    const b = fakeBrowser({ incognitoAllowed: false });
    const reply = await startRun(b.deps, true);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/Allow in Incognito/);
    expect(b.opened).toEqual([]);
    const allowed = fakeBrowser({ incognitoAllowed: true });
    expect((await startRun(allowed.deps, true)).ok).toBe(true);
    expect(allowed.opened).toEqual([{ url: JUSTCALL_LOGIN_URL, incognito: true }]);
  });

  it('reports a window that could not be opened as a message, not a throw', async () => {
    const reply = await startRun(fakeBrowser({ openFails: true }).deps, false);
    expect(reply).toEqual({ ok: false, error: 'Could not open the sign-in window: Incognito mode is disabled by policy' });
  });

  it('returns the run’s captures, follows new tabs, and notices the window closing', async () => {
    const b = fakeBrowser();
    expect(await runStatus(b.deps)).toEqual({ run: null, windowOpen: false, records: [] });
    await startRun(b.deps, false);
    const req = requestRecord('_r', 1_000_100, 7);
    const err = errorPageRecord(50011, 1_000_900, 9);
    b.records.set(7, [req]);
    b.records.set(9, [err]);
    b.records.set(8, [requestRecord('_elsewhere', 1_000_200, 8)]);
    b.windows.set(5, [7, 9]);
    const status = await runStatus(b.deps);
    expect(TestSignInStatusReply.safeParse(status).success).toBe(true);
    expect(status.windowOpen).toBe(true);
    expect(status.run?.tabIds).toEqual([7, 9]);
    expect(status.records.map((r) => r.id)).toEqual([req.id, err.id]);
    b.windows.delete(5);
    const closed = await runStatus(b.deps);
    expect(closed.windowOpen).toBe(false);
    expect(closed.run?.tabIds).toEqual([7, 9]);
  });

  it('accepts only its own well-formed messages', async () => {
    expect(parseWith(TestSignInRequest, { type: 'test-sign-in:start' })).toBeNull();
    expect(parseWith(TestSignInRequest, { type: 'doctor:list', tabId: null })).toBeNull();
    const msg = parseWith(TestSignInRequest, { type: 'test-sign-in:start', incognito: false });
    expect(msg).not.toBeNull();
    const b = fakeBrowser();
    expect(await handleTestSignIn(b.deps, msg!)).toMatchObject({ ok: true });
    expect(await handleTestSignIn(b.deps, { type: 'test-sign-in:status' })).toMatchObject({ windowOpen: true, records: [] });
  });
});
