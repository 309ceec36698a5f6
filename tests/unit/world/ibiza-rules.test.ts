import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { worldRequest } from '@/tests/world/client-node';
import { addRow, initialBasicSamlDraft, setRowDefault } from '@/tests/world/server/portal-api/basic-saml-rules';
import { TEST_BEFORE_CREATE } from '@/tests/world/server/portal-api/entra-provisioning';
import type { StartedWorld } from '@/tests/world/server/server';
import { CHINA_TENANT_ID, TENANT_ID } from '@/tests/world/server/state';
import { DEFAULT_UI_OPTIONS } from '@/tests/world/server/ui-options';
import { aadstsCode, decodeResponse, h1, postToAcs, scenario, startTestWorld, submitCredentials } from './world-helpers';

let world: StartedWorld;

beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => {
  await world.close();
});
afterEach(() => {
  world.setUi(DEFAULT_UI_OPTIONS);
});

const ENTRA = 'https://entra.microsoft.com';
const CHINA_ENTRA = 'https://entra.microsoftonline.cn';

function api(origin: string, method: string, path: string, json?: unknown) {
  return worldRequest(world.port, `${origin}/api/entra${path}`, { method, json });
}

function app(name = 'JustCall') {
  const found = world.runtime.state.apps.find((a) => a.name === name && a.cloud === 'public');
  if (!found) throw new Error(`no app ${name}`);
  return found;
}

describe('Basic SAML Configuration: the rows the pane starts with', () => {
  const fresh = { identifiers: [], replyUrls: [], signOnUrl: '', relayState: '', logoutUrl: '' };

  it('has no Identifier or Reply URL row for a new non-gallery app, one empty row each in the gallery-style pane', () => {
    expect(initialBasicSamlDraft(fresh, 'non-gallery')).toMatchObject({ identifiers: [], replyUrls: [] });
    expect(initialBasicSamlDraft(fresh, 'gallery')).toMatchObject({
      identifiers: [{ value: '', isDefault: true }],
      replyUrls: [{ value: '', isDefault: true }],
    });
  });

  it('starts from the saved rows once there are some', () => {
    const saved = { ...fresh, identifiers: [{ value: 'JustCall', isDefault: true }] };
    expect(initialBasicSamlDraft(saved, 'non-gallery').identifiers).toEqual([{ value: 'JustCall', isDefault: true }]);
    expect(initialBasicSamlDraft(saved, 'non-gallery').replyUrls).toEqual([]);
  });

  it('"Add identifier" makes the first row the default; ticking Default moves it', () => {
    const one = addRow([]);
    expect(one).toEqual([{ value: '', isDefault: true }]);
    const two = addRow(one);
    expect(two[1]).toEqual({ value: '', isDefault: false });
    expect(setRowDefault(two, 1, true).map((r) => r.isDefault)).toEqual([false, true]);
    expect(setRowDefault(two, 0, false).map((r) => r.isDefault)).toEqual([false, false]);
  });

  it('refuses to save zero rows', async () => {
    await scenario(world, 'app-exists');
    const res = await api(ENTRA, 'PUT', `/apps/${app().objectId}/saml/basic`, fresh);
    expect(res.status).toBe(400);
    expect(res.body).toContain('Identifier (Entity ID) is required.');
    expect(app().identifiers).toEqual([]);
  });
});

describe('the newer provisioning flow: Create only after a passing Test connection', () => {
  const creds = () => ({
    tenantUrl: world.runtime.state.justcall.scim.tenantUrl,
    secretToken: world.runtime.state.justcall.scim.secretToken,
  });

  it('refuses Create before any test, and after a failing one', async () => {
    await scenario(world, 'app-exists');
    const id = app().objectId;
    const before = await api(ENTRA, 'POST', `/apps/${id}/provisioning/configuration`, { authMethod: 'bearer', ...creds() });
    expect(before.status).toBe(400);
    expect(before.body).toContain(TEST_BEFORE_CREATE);

    const failed = await api(ENTRA, 'POST', `/apps/${id}/provisioning/test`, { ...creds(), secretToken: 'wrong' });
    expect(JSON.parse(failed.body)).toMatchObject({ ok: false });
    const after = await api(ENTRA, 'POST', `/apps/${id}/provisioning/configuration`, {
      authMethod: 'bearer',
      ...creds(),
      secretToken: 'wrong',
    });
    expect(after.status).toBe(400);
    expect(app().provisioning.mode).toBe('Manual');
  });

  it('creates the configuration after a passing test of the same credentials, not of others', async () => {
    await scenario(world, 'app-exists');
    const id = app().objectId;
    // The test really calls JustCall's SCIM endpoint.
    const tested = await api(ENTRA, 'POST', `/apps/${id}/provisioning/test`, creds());
    expect(JSON.parse(tested.body)).toMatchObject({ ok: true });

    const other = await api(ENTRA, 'POST', `/apps/${id}/provisioning/configuration`, {
      authMethod: 'bearer',
      ...creds(),
      tenantUrl: 'https://api.justcall.io/scim/v3',
    });
    expect(other.status).toBe(400);

    const created = await api(ENTRA, 'POST', `/apps/${id}/provisioning/configuration`, { authMethod: 'bearer', ...creds() });
    expect(created.status).toBe(200);
    expect(app().provisioning).toMatchObject({ mode: 'Automatic', status: 'Off', tenantUrl: creds().tenantUrl });
    expect(app().provisioning.configuredAt).not.toBeNull();
    // The portal never sees which credentials were tested.
    expect(created.body).not.toContain('passedTestDigest');
  });

  it('cannot create with the OAuth2 method: its test never passes', async () => {
    await scenario(world, 'app-exists');
    const id = app().objectId;
    const tested = await api(ENTRA, 'POST', `/apps/${id}/provisioning/test`, { authMethod: 'oauth2', ...creds() });
    expect(JSON.parse(tested.body)).toMatchObject({ ok: false });
    const created = await api(ENTRA, 'POST', `/apps/${id}/provisioning/configuration`, { authMethod: 'oauth2', ...creds() });
    expect(created.status).toBe(400);
  });
});

describe('Azure China (21Vianet)', () => {
  it('keeps an app made in the China portal in the China tenant', async () => {
    await world.runtime.reset();
    const made = await api(CHINA_ENTRA, 'POST', '/apps', { name: 'JustCall', kind: 'nonGallery' });
    expect(made.status).toBe(200);
    const detail = JSON.parse(made.body) as { objectId: string; urls: Record<string, string> };
    expect(detail.urls).toMatchObject({
      loginUrl: `https://login.partner.microsoftonline.cn/${CHINA_TENANT_ID}/saml2`,
      entraIdentifier: `https://sts.chinacloudapi.cn/${CHINA_TENANT_ID}/`,
    });
    expect(detail.urls.federationMetadataUrl).toMatch(
      new RegExp(
        `^https://login\\.partner\\.microsoftonline\\.cn/${CHINA_TENANT_ID}/federationmetadata/2007-06/federationmetadata\\.xml\\?appid=`,
      ),
    );
    expect(JSON.parse((await api(ENTRA, 'GET', '/apps')).body)).toEqual({ apps: [] });
    expect((await api(ENTRA, 'GET', `/apps/${detail.objectId}`)).status).toBe(404);
    const tenant = JSON.parse((await api('https://sandbox-1.reactblade.portal.chinacloudapi.cn', 'GET', '/tenant')).body) as { id: string };
    expect(tenant.id).toBe(CHINA_TENANT_ID);
  });

  it('serves metadata with the China issuer and signs in with it; the public service does not know the tenant', async () => {
    await scenario(world, 'china-configured');
    const china = world.runtime.state.apps.find((a) => a.cloud === 'china');
    if (!china) throw new Error('no China app');
    const meta = await worldRequest(
      world.port,
      `https://login.partner.microsoftonline.cn/${CHINA_TENANT_ID}/federationmetadata/2007-06/federationmetadata.xml?appid=${china.appId}`,
    );
    expect(meta.body).toContain(`entityID="https://sts.chinacloudapi.cn/${CHINA_TENANT_ID}/"`);
    expect(meta.body).toContain(`Location="https://login.partner.microsoftonline.cn/${CHINA_TENANT_ID}/saml2"`);

    const start = await worldRequest(world.port, 'https://app.justcall.io/saml/login');
    expect(start.location).toMatch(/^https:\/\/login\.partner\.microsoftonline\.cn\//);
    const signIn = await worldRequest(world.port, start.location ?? '');
    const out = await submitCredentials(world, signIn, start.location ?? '', 'adele.vance@contoso.partner.onmschina.cn');
    expect(decodeResponse(out.acsForm ?? { fields: {} })).toContain(`<Issuer>https://sts.chinacloudapi.cn/${CHINA_TENANT_ID}/</Issuer>`);
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(h1(acs.body)).toBe('Signed in as adele.vance@contoso.com');

    const wrongCloud = await worldRequest(world.port, `https://login.microsoftonline.com/${CHINA_TENANT_ID}/saml2?SAMLRequest=x`);
    expect(aadstsCode(wrongCloud.body)).toBe('AADSTS90002');
    const publicUser = await submitCredentials(world, signIn, start.location ?? '', 'adele.vance@contoso.onmicrosoft.com');
    expect(publicUser.acsForm).toBeUndefined();
  });
});

describe('how the portals are drawn', () => {
  it('serves the Ibiza shell with its language and configuration, and refuses bad options', async () => {
    const bad = await worldRequest(world.port, 'https://entra.microsoft.com/__world/ui', { method: 'POST', json: { portalUi: 'wpf' } });
    expect(bad.status).toBe(400);
    const zero = await worldRequest(world.port, 'https://entra.microsoft.com/__world/ui', { method: 'POST', json: { loadDelayMs: 0 } });
    expect(zero.status).toBe(400);
    const set = await worldRequest(world.port, 'https://entra.microsoft.com/__world/ui', {
      method: 'POST',
      json: { portalUi: 'knockout', portalLang: 'de', loadDelayMs: 20_000 },
    });
    expect(set.status).toBe(200);
    const shell = await worldRequest(world.port, 'https://entra.microsoft.com/');
    expect(shell.body).toContain('<html lang="de">');
    expect(shell.body).toContain('ibiza-shell.js');
    expect(shell.body).toMatch(/"loadDelayMs":20000/);
    const frame = await worldRequest(
      world.port,
      'https://sandbox-2.reactblade-rc.portal.azure.net/ReactView/Microsoft_AAD_IAM/index.html?view=x&l=ja-jp',
    );
    expect(frame.body).toContain('<html lang="ja">');
    const hosting = await worldRequest(world.port, 'https://iam.hosting.portal.azure.net/iam/Content/Dynamic/index.html');
    expect(hosting.body).toMatch(/<body><\/body>/);

    world.setUi({ portalUi: 'classic', portalLang: 'en' });
    expect((await worldRequest(world.port, 'https://entra.microsoft.com/')).body).toContain('entra-shell.js');
    // The China portal has only the Ibiza drawing.
    expect((await worldRequest(world.port, 'https://portal.azure.cn/')).body).toContain('ibiza-shell.js');
  });

  it('localizes the AADSTS error page', async () => {
    await scenario(world, 'configured');
    world.setUi({ portalLang: 'de' });
    const page = await worldRequest(world.port, `https://login.microsoftonline.com/${TENANT_ID}/saml2`);
    expect(aadstsCode(page.body)).toBe('AADSTS750054');
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toMatch(/Anforderungs-ID: [0-9a-f-]{36}/);
    expect(page.body).toMatch(/Korrelations-ID: [0-9a-f-]{36}/);
    expect(page.body).toMatch(/Zeitstempel: \d{4}-/);
    world.setUi({ portalLang: 'ja' });
    const ja = await worldRequest(world.port, `https://login.microsoftonline.com/${TENANT_ID}/saml2`);
    expect(ja.body).toMatch(/要求 ID: [0-9a-f-]{36}/);
    expect(ja.body).toMatch(/相関 ID: [0-9a-f-]{36}/);
  });
});

describe('JustCall layouts from its help articles', () => {
  const jc = (method: string, path: string, json?: unknown) =>
    worldRequest(world.port, `https://app.justcall.io/api/justcall${path}`, { method, json });

  it('takes a pasted certificate without an Issuer, and the ACS then trusts the certificate alone', async () => {
    await scenario(world, 'configured');
    const cert = world.runtime.state.justcall.sso.certificatePem;
    world.setUi({ justcallLayout: 'sso-url-paste' });
    const view = JSON.parse((await jc('GET', '/sso')).body) as { acsUrl: string; layout: { issuerField: boolean } };
    expect(view.acsUrl).toBe('');
    expect(view.layout.issuerField).toBe(false);
    const saved = await jc('PUT', '/sso', {
      ssoUrl: `https://login.microsoftonline.com/${TENANT_ID}/saml2`,
      issuer: '',
      certificate: { fileName: '', text: cert.replace(/-----[A-Z ]+-----|\s/g, '') },
      defaultRole: 'Agent',
    });
    expect(saved.status).toBe(200);
    expect(world.runtime.state.justcall.sso.issuer).toBe('');
    expect(JSON.parse((await jc('POST', '/sso/test')).body)).toMatchObject({ ok: true });
    const start = await worldRequest(world.port, 'https://app.justcall.io/saml/login');
    const signIn = await worldRequest(world.port, start.location ?? '');
    const out = await submitCredentials(world, signIn, start.location ?? '', 'adele.vance@contoso.onmicrosoft.com');
    expect(h1((await postToAcs(world, out.acsForm ?? { action: '', fields: {} })).body)).toBe('Signed in as adele.vance@contoso.com');
  });

  it('still requires the Issuer in the seed layout', async () => {
    await scenario(world, 'configured');
    const res = await jc('PUT', '/sso', {
      ssoUrl: `https://login.microsoftonline.com/${TENANT_ID}/saml2`,
      issuer: '',
      defaultRole: 'Agent',
    });
    expect(res.status).toBe(400);
  });

  it('has no provisioning, and no SCIM endpoint, where the help articles say so', async () => {
    await scenario(world, 'configured');
    world.setUi({ justcallLayout: 'entry-point' });
    expect((await jc('GET', '/scim')).status).toBe(404);
    const token = world.runtime.state.justcall.scim.secretToken;
    const scim = await worldRequest(world.port, 'https://api.justcall.io/scim/v2/Users', { headers: { authorization: `Bearer ${token}` } });
    expect(scim.status).toBe(404);
  });
});
