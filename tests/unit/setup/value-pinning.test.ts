import { describe, expect, it } from 'vitest';
import { createSetupService } from '@/utils/background/setup/service';
import type { FrameRef } from '@/utils/background/setup/frames';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import { APP_ID, OBJECT_ID, T0, TENANT, tenantMetadata } from './helpers';

const ACS = 'https://bifrost.justcall.io/passport/login/callback';
const JC = 'https://app.justcall.io/app/settings/security/sso';
const META = (appId: string, tenant = TENANT) =>
  `https://login.microsoftonline.com/${tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`;
const VIEW: FrameRef = {
  portal: 'entra',
  kind: 'view',
  tabId: 1,
  frameId: 4,
  url: 'https://sandbox-1.reactblade.portal.azure.net/x',
  topUrl: 'https://entra.microsoft.com/',
};

function setup(body = () => tenantMetadata()) {
  const store = createSessionStore({ local: memoryArea(), session: memoryArea(), now: () => T0 });
  let fetches = 0;
  const service = createSetupService({
    store,
    now: () => T0,
    fetch: async () => {
      fetches++;
      return new Response(body());
    },
  });
  const jcSaw = (acsUrl: string) =>
    service.observe({ type: 'setup:observed', feature: 'justcall/sso', url: JC, saved: true, values: { acsUrl, entityId: 'JustCall' } });
  return { store, service, jcSaw, fetches: () => fetches };
}

describe('values are pinned to their portal', () => {
  it('an ACS URL off *.justcall.io waits for the admin, and is used only once agreed', async () => {
    const { store, service, jcSaw } = setup();
    await jcSaw('https://attacker.example/acs');
    let s = await store.read();
    expect(s.values.acsUrl).toBeUndefined();
    expect(s.pending.acsUrl).toMatchObject({ reason: 'unusual-host', value: 'https://attacker.example/acs' });
    // The plan keeps JustCall's documented ACS URL meanwhile.
    expect((await service.plan('entra/basic-saml')).values.replyUrl).toBe(ACS);
    await service.settleValue('acsUrl', true);
    s = await store.read();
    expect(s.values.acsUrl?.value).toBe('https://attacker.example/acs');
    expect(s.pending.acsUrl).toBeUndefined();
  });

  it('a value already carried is never replaced silently; "keep" drops the new one', async () => {
    const { store, service, jcSaw } = setup();
    await jcSaw(ACS);
    await jcSaw('https://other.justcall.io/passport/login/callback');
    let s = await store.read();
    expect(s.values.acsUrl?.value).toBe(ACS);
    expect(s.pending.acsUrl).toMatchObject({ reason: 'changed' });
    await service.settleValue('acsUrl', false);
    s = await store.read();
    expect(s.values.acsUrl?.value).toBe(ACS);
    expect(s.pending.acsUrl).toBeUndefined();
    // Seeing the carried value again clears a stale question too.
    await jcSaw('https://other.justcall.io/passport/login/callback');
    await jcSaw(ACS);
    expect((await store.read()).pending.acsUrl).toBeUndefined();
  });

  it("the app's ids come only from the admin center's top frame", async () => {
    const { store, service } = setup();
    const ids = {
      type: 'setup:observed' as const,
      feature: 'entra/create-app' as const,
      url: VIEW.url,
      saved: true,
      values: { appId: APP_ID, objectId: OBJECT_ID },
    };
    await service.observe(ids, VIEW);
    expect((await store.read()).values.appId).toBeUndefined();
    await service.observe(ids, { ...VIEW, kind: 'top', frameId: 0, url: VIEW.topUrl });
    expect((await store.read()).values.appId?.value).toBe(APP_ID);
  });
});

describe("the metadata must be this app's", () => {
  const certs = (url: string) => ({
    type: 'setup:observed' as const,
    feature: 'entra/certificates' as const,
    url: 'u',
    saved: true,
    values: { metadataUrl: url },
  });
  const ids = {
    type: 'setup:observed' as const,
    feature: 'entra/create-app' as const,
    url: 'https://entra.microsoft.com/',
    saved: true,
    values: { appId: APP_ID, objectId: OBJECT_ID },
  };

  it('waits for the app seen in the admin center, then fetches', async () => {
    const { store, service, fetches } = setup();
    await service.observe(certs(META(APP_ID)));
    expect(fetches()).toBe(0);
    await service.observe(ids);
    expect(fetches()).toBe(1);
    expect((await store.read()).metadata?.ok).toBe(true);
  });

  it("refuses another app's metadata without fetching it", async () => {
    const { store, service, fetches } = setup();
    await service.observe(ids);
    await service.observe(certs(META('99999999-2222-3333-4444-555555555555')));
    expect(fetches()).toBe(0);
    const s = await store.read();
    expect(s.metadata).toMatchObject({ ok: false, error: expect.stringMatching(/another app/) });
    expect(s.certificate).toBeNull();
  });

  it('does not use metadata whose issuer names another tenant than its URL', async () => {
    const other = 'ffffffff-86f1-41af-91ab-2d7cd011db47';
    const { store, service } = setup(() => tenantMetadata().replaceAll(TENANT, other));
    await service.observe(ids);
    await service.observe(certs(META(APP_ID)));
    const s = await store.read();
    expect(s.metadata).toMatchObject({ ok: false, error: expect.stringMatching(/another tenant/) });
    expect(s.values.loginUrl).toBeUndefined();
  });
});
