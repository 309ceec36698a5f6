import { describe, expect, it } from 'vitest';
import { SETUP_SESSION_KEY, SCIM_TOKEN_KEY, SetupSession, emptySession, parseSession } from '@/utils/setup/session';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import { T0 } from './helpers';

describe('setup session schema', () => {
  it('starts empty with Save-for-me off and Agent as default role', () => {
    const s = emptySession(T0);
    expect(SetupSession.safeParse(s).success).toBe(true);
    expect(s.settings).toEqual({ defaultRole: 'Agent', clickSave: false });
    expect(s.lockoutAcknowledged).toBe(false);
  });

  it('replaces an unreadable stored session with a fresh one', () => {
    const s = parseSession({ version: 1, values: { acsUrl: 42 } }, T0);
    expect(s.values).toEqual({});
    expect(s.startedAt).toBe(T0.toISOString());
  });

  it('keeps a valid stored session as it is', () => {
    const stored = emptySession(T0);
    stored.values.acsUrl = { value: 'https://x.example/acs', source: { kind: 'default', note: 'n' } };
    expect(parseSession(JSON.parse(JSON.stringify(stored)), new Date()).values.acsUrl?.value).toBe('https://x.example/acs');
  });

  it('has no place for the SCIM secret token', () => {
    const s = emptySession(T0) as Record<string, unknown>;
    const withToken = { ...s, secretToken: 'abc' };
    // zod strips unknown keys: a token smuggled into the local session is dropped, not stored.
    expect(JSON.stringify(SetupSession.parse(withToken))).not.toContain('abc');
  });
});

describe('session store', () => {
  it('survives a restart: a new store over the same storage reads what the old one wrote', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const first = createSessionStore({ local, session, now: () => T0 });
    await first.update((s) => {
      s.lockoutAcknowledged = true;
    });
    const second = createSessionStore({ local, session });
    expect((await second.read()).lockoutAcknowledged).toBe(true);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = createSessionStore({ local: memoryArea(), session: memoryArea() });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((s) => {
          s.changelog.push({ at: String(i), portal: 'entra', feature: 'f', field: `f${i}`, old: '', new: 'x', url: 'u' });
        }),
      ),
    );
    expect((await store.read()).changelog).toHaveLength(20);
  });

  it('keeps the SCIM token in the session area only, and reset clears both', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const store = createSessionStore({ local, session });
    await store.update(() => undefined);
    await store.writeScimToken({ value: 'secret-123', readAt: T0.toISOString(), url: 'https://app.justcall.io/x' });
    expect(JSON.stringify(local.data)).not.toContain('secret-123');
    expect((await store.readScimToken())?.value).toBe('secret-123');
    await store.reset();
    expect(session.data[SCIM_TOKEN_KEY]).toBeUndefined();
    expect(local.data[SETUP_SESSION_KEY]).toMatchObject({ lockoutAcknowledged: false });
  });

  it('keeps going after a failed update', async () => {
    const store = createSessionStore({ local: memoryArea(), session: memoryArea() });
    await expect(
      store.update(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const s = await store.update((x) => {
      x.lockoutAcknowledged = true;
    });
    expect(s.lockoutAcknowledged).toBe(true);
  });
});
