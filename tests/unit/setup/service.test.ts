import { describe, expect, it } from 'vitest';
import { createSetupService } from '@/utils/background/setup/service';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import { metadataFacts } from '@/utils/setup/metadata';
import { APP_ID, OBJECT_ID, T0, TENANT, sample, tenantMetadata } from './helpers';

const META_URL = `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP_ID}`;

function setup(fetchBody: () => Response = () => new Response(tenantMetadata())) {
  const local = memoryArea();
  const sessionArea = memoryArea();
  const store = createSessionStore({ local, session: sessionArea, now: () => T0 });
  let fetches = 0;
  const service = createSetupService({
    store,
    now: () => T0,
    fetch: async () => {
      fetches++;
      return fetchBody();
    },
  });
  return { service, store, local, sessionArea, fetches: () => fetches };
}

/** The app's ids, as the admin center's top frame reports them; the metadata is checked against them. */
async function seeApp(service: ReturnType<typeof setup>['service']): Promise<void> {
  await service.observe({
    type: 'setup:observed',
    feature: 'entra/create-app',
    url: 'https://entra.microsoft.com/#view',
    saved: true,
    values: { appId: APP_ID, objectId: OBJECT_ID },
  });
}

describe('setup service', () => {
  it('takes ACS URL and Entity ID read from JustCall, with page source', async () => {
    const { service, store } = setup();
    await service.observe({
      type: 'setup:observed',
      feature: 'justcall/sso',
      url: 'https://app.justcall.io/s',
      saved: true,
      values: { acsUrl: 'https://bifrost.justcall.io/passport/login/callback', entityId: 'JustCall', enabled: true },
    });
    const s = await store.read();
    expect(s.values.acsUrl).toMatchObject({
      value: 'https://bifrost.justcall.io/passport/login/callback',
      source: { kind: 'page', portal: 'justcall' },
    });
  });

  it('ignores an invalid value a page reports', async () => {
    const { service, store } = setup();
    await service.observe({
      type: 'setup:observed',
      feature: 'justcall/sso',
      url: 'https://app.justcall.io/s',
      saved: true,
      values: { acsUrl: 'javascript:alert(1)' },
    });
    expect((await store.read()).values.acsUrl).toBeUndefined();
  });

  it('an edit form does not hide the saved view', async () => {
    const { service, store } = setup();
    await service.observe({ type: 'setup:observed', feature: 'entra/basic-saml', url: 'u', saved: true, values: { replyUrl: ['a'] } });
    await service.observe({ type: 'setup:observed', feature: 'entra/basic-saml', url: 'u', saved: false, values: { replyUrl: ['b'] } });
    expect((await store.read()).observations['entra/basic-saml']?.values.replyUrl).toEqual(['a']);
  });

  it('fetches metadata when the certificates section shows its URL, and takes Login URL, Identifier and certificate from it', async () => {
    const { service, store, fetches } = setup();
    const facts = await metadataFacts(tenantMetadata());
    if (!facts.ok) throw new Error('sample');
    const second = facts.certificates[1] ?? facts.certificates[0]!;
    // The app's ids come from the page's URL (reported as create-app), the metadata URL from section 3.
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/create-app',
      url: 'https://entra.microsoft.com/#view',
      saved: true,
      values: { appId: APP_ID, objectId: OBJECT_ID },
    });
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/certificates',
      url: 'https://sso.reactblade.portal.azure.net/x',
      saved: true,
      values: { metadataUrl: META_URL, thumbprint: second.sha1 },
    });
    const s = await store.read();
    expect(fetches()).toBe(1);
    expect(s.values.loginUrl).toMatchObject({ value: `https://login.microsoftonline.com/${TENANT}/saml2`, source: { kind: 'metadata' } });
    expect(s.values.entraIdentifier?.value).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(s.certificate?.sha1).toBe(second.sha1);
    expect(s.values.appId?.value).toBe(APP_ID);
    // Same URL and same certificate: no second fetch.
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/certificates',
      url: 'u',
      saved: true,
      values: { metadataUrl: META_URL, thumbprint: second.sha1 },
    });
    expect(fetches()).toBe(1);
    // A rotated certificate on the blade triggers a new fetch.
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/certificates',
      url: 'u',
      saved: true,
      values: { metadataUrl: META_URL, thumbprint: 'ABCDEF' },
    });
    expect(fetches()).toBe(2);
  });

  it('blade values do not replace metadata values', async () => {
    const { service, store } = setup();
    await seeApp(service);
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/certificates',
      url: 'u',
      saved: true,
      values: { metadataUrl: META_URL },
    });
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/setup-app',
      url: 'u',
      saved: true,
      values: { loginUrl: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/saml2' },
    });
    expect((await store.read()).values.loginUrl?.source.kind).toBe('metadata');
  });

  it('records a failed metadata fetch so the wizard can offer the fallbacks', async () => {
    const { service, store } = setup(() => new Response('x', { status: 500 }));
    await seeApp(service);
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/certificates',
      url: 'u',
      saved: true,
      values: { metadataUrl: META_URL },
    });
    expect((await store.read()).metadata).toMatchObject({ ok: false, error: expect.stringContaining('500') });
    expect(await service.importCertificate(sample('entra/tercen_entra_app_signing_cert_2022.pem'), 'JustCall.cer')).toEqual({ ok: true });
    expect((await store.read()).certificate?.source).toMatchObject({ kind: 'file', name: 'JustCall.cer' });
    expect(await service.importCertificate('hello', 'x.txt')).toMatchObject({ ok: false });
  });

  it("plans JustCall's SSO form from Entra's values, with the certificate as PEM and the default role", async () => {
    const { service } = setup();
    await seeApp(service);
    let plan = await service.plan('justcall/sso');
    expect(plan.missing.length).toBe(3);
    await service.observe({
      type: 'setup:observed',
      feature: 'entra/certificates',
      url: 'u',
      saved: true,
      values: { metadataUrl: META_URL },
    });
    await service.settings({ defaultRole: 'Supervisor' });
    plan = await service.plan('justcall/sso');
    expect(plan.values).toMatchObject({
      ssoUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
      issuer: `https://sts.windows.net/${TENANT}/`,
      defaultRole: 'Supervisor',
    });
    expect(plan.certificate?.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(plan.clickSave).toBe(false);
    expect(plan.missing).toEqual([]);
  });

  it('plans Basic SAML from defaults when JustCall did not show its values', async () => {
    const { service } = setup();
    const plan = await service.plan('entra/basic-saml');
    expect(plan.values).toEqual({
      identifier: 'JustCall',
      replyUrl: 'https://bifrost.justcall.io/passport/login/callback',
      signOnUrl: 'https://app.justcall.io/login',
    });
    expect(plan.sources.replyUrl).toBe("JustCall's documented default");
  });

  it("hands the SCIM token to Entra's provisioning plan and forgets it once filled", async () => {
    const { service, store, local } = setup();
    await service.scimToken('tok-secret', 'https://app.justcall.io/p');
    expect(JSON.stringify(local.data)).not.toContain('tok-secret');
    const form = {
      portal: 'entra',
      kind: 'top',
      tabId: 1,
      frameId: 0,
      url: 'https://entra.microsoft.com/',
      topUrl: 'https://entra.microsoft.com/',
    } as const;
    await service.readiness('entra/provisioning-credentials', form);
    await service.releaseSecret();
    expect((await service.plan('entra/provisioning-credentials', form)).secretToken).toBe('tok-secret');
    await service.filled({
      type: 'setup:filled',
      feature: 'entra/provisioning-credentials',
      url: 'u',
      results: [{ field: 'secretToken', label: 'Secret Token', status: 'filled', before: '', after: '••••', expected: '••••' }],
    });
    expect(await store.readScimToken()).toBeNull();
    expect((await service.plan('entra/provisioning-credentials', form)).secretToken).toBeNull();
  });

  it('logs every filled value with old and new, and nothing for already-right fields', async () => {
    const { service, store } = setup();
    await service.filled({
      type: 'setup:filled',
      feature: 'entra/basic-saml',
      url: 'https://entra.microsoft.com/',
      results: [
        {
          field: 'replyUrl',
          label: 'Reply URL',
          status: 'filled',
          before: 'https://wrong',
          after: 'https://bifrost.justcall.io/passport/login/callback',
          expected: 'https://bifrost.justcall.io/passport/login/callback',
        },
        { field: 'identifier', label: 'Identifier', status: 'already-right', before: 'JustCall', after: 'JustCall', expected: 'JustCall' },
      ],
    });
    const log = (await store.read()).changelog;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ portal: 'entra', field: 'Reply URL', old: 'https://wrong' });
  });

  it('records a page language and whether it is English', async () => {
    const { service, store } = setup();
    await service.language('entra', 'fr', 'u');
    await service.language('justcall', 'en-US', 'u');
    const s = await store.read();
    expect(s.languages.entra?.english).toBe(false);
    expect(s.languages.justcall?.english).toBe(true);
  });
});
