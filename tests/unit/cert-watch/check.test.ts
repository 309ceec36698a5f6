import { describe, expect, it } from 'vitest';
import { NOTHING_TO_WATCH, runCertCheck, reevaluate } from '@/utils/background/cert-watch/check';
import { takeRotationCert } from '@/utils/background/cert-watch/rotation-intake';
import { rotationCertRecord, rotationCertificate, rotationSteps } from '@/utils/cert-watch/rotation';
import { CERT_WATCH_KEY, EMPTY_WATCH } from '@/utils/cert-watch/state';
import { createWatchStore } from '@/utils/cert-watch/watch-store';
import { metadataFacts } from '@/utils/setup/metadata';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import type { SetupSession } from '@/utils/setup/session';
import { APP_ID, TENANT, pageSource, sample, tenantMetadata } from '@/tests/unit/setup/helpers';

const META_URL = `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP_ID}`;
const DAY = 86_400_000;

/** The real sample's first signing certificate: the one Entra signs with. */
async function sampleActive() {
  const facts = await metadataFacts(tenantMetadata());
  if (!facts.ok || !facts.certificates[0]) throw new Error('the metadata sample has no certificate');
  return facts.certificates[0];
}

function justcallSaw(s: SetupSession, thumbprint: string) {
  s.observations['justcall/sso'] = {
    url: 'https://app.justcall.io/app/settings/security/sso',
    at: new Date().toISOString(),
    saved: true,
    values: { certificateThumbprint: thumbprint },
  };
}

async function setup(opts: { held?: string; now: Date; body?: () => Response }) {
  const local = memoryArea();
  const store = createSessionStore({ local, session: memoryArea(), now: () => opts.now });
  await store.update((s) => {
    s.values.metadataUrl = { value: META_URL, source: pageSource('entra/certificates') };
    s.values.appId = { value: APP_ID, source: pageSource('entra/create-app') };
    s.values.tenantId = { value: TENANT, source: pageSource('entra/setup-app') };
    if (opts.held) justcallSaw(s, opts.held);
  });
  const watch = createWatchStore(local);
  const urls: string[] = [];
  const credentials: (RequestCredentials | undefined)[] = [];
  const deps = {
    store,
    watch,
    now: () => opts.now,
    fetch: async (url: string, init: RequestInit) => {
      urls.push(url);
      credentials.push(init.credentials);
      return opts.body?.() ?? new Response(tenantMetadata());
    },
  };
  return { deps, local, store, watch, urls, credentials };
}

describe('the certificate check', () => {
  it('fetches only the pinned metadata URL, without credentials, and warns 20 days before expiry', async () => {
    const active = await sampleActive();
    const now = new Date(Date.parse(active.notAfter) - 20 * DAY + 3_600_000);
    const { deps, local, urls, credentials } = await setup({ held: active.sha1, now });
    const { state } = await runCertCheck(deps);
    expect(urls).toEqual([META_URL]);
    expect(credentials).toEqual(['omit']);
    expect(state.lastCheck).toEqual({ at: now.toISOString(), ok: true });
    expect(state.active?.sha1).toBe(active.sha1);
    expect(state.alert).toEqual({ kind: 'expiring', within: 30, days: 20, sha1: active.sha1 });
    // Kept in storage.local under its own key: a restarted worker reads it back.
    expect((local.data[CERT_WATCH_KEY] as { alert: unknown }).alert).toEqual(state.alert);
    expect(await createWatchStore(local).read()).toEqual(state);
  });

  it('warns at once when the metadata names a certificate JustCall does not hold', async () => {
    const active = await sampleActive();
    const { deps } = await setup({ held: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01', now: new Date(Date.parse(active.notBefore) + DAY) });
    const { state } = await runCertCheck(deps);
    expect(state.alert).toEqual({ kind: 'mismatch', active: active.sha1, held: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' });
  });

  it('keeps the last alert when a later fetch fails, and says why', async () => {
    const active = await sampleActive();
    const now = new Date(Date.parse(active.notAfter) - 5 * DAY);
    let fail = false;
    const { deps } = await setup({
      held: active.sha1,
      now,
      body: () => (fail ? new Response('down', { status: 503 }) : new Response(tenantMetadata())),
    });
    const { state: first } = await runCertCheck(deps);
    expect(first.alert).toMatchObject({ kind: 'expiring', within: 7 });
    fail = true;
    const second = await runCertCheck(deps);
    expect(second).toMatchObject({ ok: false, error: expect.stringContaining('503') });
    expect(second.state.lastCheck).toMatchObject({ ok: false, error: expect.stringContaining('503') });
    expect(second.state.alert).toEqual(first.alert);
  });

  it('fetches nothing before setup has seen the metadata URL, nor a URL naming another app', async () => {
    const local = memoryArea();
    const store = createSessionStore({ local, session: memoryArea() });
    const urls: string[] = [];
    const deps = {
      store,
      watch: createWatchStore(local),
      now: () => new Date(),
      fetch: async (url: string) => (urls.push(url), new Response('')),
    };
    // Before setup: nothing fetched, and nothing stored that the side panel would show as a problem.
    expect(await runCertCheck(deps)).toEqual({ ok: false, error: NOTHING_TO_WATCH, state: EMPTY_WATCH });
    expect(local.data[CERT_WATCH_KEY]).toBeUndefined();
    await store.update((s) => {
      s.values.metadataUrl = {
        value: META_URL.replace(APP_ID, '99999999-2222-3333-4444-555555555555'),
        source: pageSource('entra/certificates'),
      };
      s.values.appId = { value: APP_ID, source: pageSource('entra/create-app') };
    });
    expect((await runCertCheck(deps)).state.lastCheck).toMatchObject({ ok: false, error: expect.stringContaining('another app') });
    expect(urls).toEqual([]);
  });

  it("follows JustCall's page without fetching: an upload of the active certificate clears the mismatch", async () => {
    const active = await sampleActive();
    const { deps, store, urls } = await setup({
      held: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
      now: new Date(Date.parse(active.notBefore) + DAY),
    });
    expect((await runCertCheck(deps)).state.alert?.kind).toBe('mismatch');
    await store.update((s) => justcallSaw(s, active.sha1));
    const after = await reevaluate(deps);
    expect(after?.alert).toBeNull();
    expect(urls).toHaveLength(1);
    expect(await reevaluate(deps)).toBeNull();
  });
});

describe('starting over', () => {
  it('forgets what was watched once the session no longer has a metadata URL', async () => {
    const active = await sampleActive();
    const { deps, store, watch } = await setup({
      held: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
      now: new Date(Date.parse(active.notBefore) + DAY),
    });
    expect((await runCertCheck(deps)).state.alert?.kind).toBe('mismatch');
    await store.reset();
    expect(await reevaluate(deps)).toEqual(EMPTY_WATCH);
    expect(await watch.read()).toEqual(EMPTY_WATCH);
    expect(await reevaluate(deps)).toBeNull();
  });
});

describe('the guided rotation', () => {
  // A real Entra app signing certificate (valid 2022-02-23 to 2025-02-23).
  const NEW_PEM = sample('entra/tercen_entra_app_signing_cert_2022.pem');
  const TERCEN_SHA1 = '51C2D601242429AFD1F23C23C5D7AF1AC50604F1';

  it('takes the new certificate, fills JustCall with it, and ticks each step from what was seen', async () => {
    const active = await sampleActive();
    const { deps, store, watch } = await setup({ held: active.sha1, now: new Date(Date.parse(active.notBefore) + DAY) });
    await runCertCheck(deps);
    const before = rotationSteps(await store.read(), await watch.read());
    expect(before.map((s) => s.state)).toEqual(['current', 'todo', 'todo', 'todo']);

    // The new certificate's file must parse and must not be the one JustCall holds.
    expect(await takeRotationCert(store, watch, 'not a certificate', 'x.cer', deps.now())).toMatchObject({ ok: false });
    const tercenNow = new Date('2023-01-01T00:00:00Z');
    expect(await takeRotationCert(store, watch, NEW_PEM, 'JustCall (2).cer', tercenNow)).toEqual({ ok: true });
    const rotation = (await watch.read()).rotation;
    if (!rotation) throw new Error('the rotation was not kept');
    expect(rotation.cert.fileName).toBe('JustCall (2).cer');
    expect(rotation.cert.sha1).toBe(TERCEN_SHA1);
    expect((await rotationCertificate(watch))?.sha1).toBe(rotation.cert.sha1);
    expect(rotationSteps(await store.read(), await watch.read()).map((s) => s.state)).toEqual(['done', 'current', 'todo', 'todo']);

    // JustCall's page now shows the new certificate uploaded: the mismatch is real until Entra makes it active.
    const sha1 = rotation.cert.sha1 ?? '';
    await store.update((s) => justcallSaw(s, sha1));
    expect(rotationSteps(await store.read(), await watch.read()).map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo']);
    expect((await reevaluate(deps))?.alert).toMatchObject({ kind: 'mismatch', active: active.sha1, held: sha1 });

    // The SAML page shows it active: only the test sign-in is left.
    await store.update((s) => {
      s.observations['entra/certificates'] = { url: 'https://entra.microsoft.com/', at: '', saved: true, values: { thumbprint: sha1 } };
    });
    const last = rotationSteps(await store.read(), await watch.read());
    expect(last.map((s) => s.state)).toEqual(['done', 'done', 'done', 'current']);
    expect(last[3]?.detail).toContain('still expects the old one');
    // Once the assistant read the active certificate, the doctor checks the test sign-in against the new one.
    await store.update((s) => {
      s.certificate = rotationCertRecord(rotation.cert, 'now');
    });
    expect(rotationSteps(await store.read(), await watch.read())[3]?.detail).toContain(`against the new certificate (${sha1})`);
  });

  it('refuses an expired certificate and the one JustCall already holds', async () => {
    const active = await sampleActive();
    const { store, watch } = await setup({ held: active.sha1, now: new Date() });
    expect(await takeRotationCert(store, watch, NEW_PEM, 'old.cer', new Date('2040-01-01T00:00:00Z'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('expired'),
    });
    expect((await watch.read()).rotation).toBeNull();
    const { store: s2, watch: w2 } = await setup({ held: TERCEN_SHA1, now: new Date() });
    expect(await takeRotationCert(s2, w2, NEW_PEM, 'a.cer', new Date('2023-01-01T00:00:00Z'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('already holds'),
    });
    expect((await w2.read()).rotation).toBeNull();
  });
});
