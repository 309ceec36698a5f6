import { X509Certificate } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldRequest } from '@/tests/world/client-node';
import type { StartedWorld } from '@/tests/world/server/server';
import { buildAuthnRequestXml } from '@/tests/world/server/sso-start';
import { GROUP_IDS, activeCert } from '@/tests/world/server/store';
import { TENANT_ID } from '@/tests/world/server/state';
import {
  aadstsCode,
  decoded,
  decodeResponse,
  h1,
  postToAcs,
  scenario,
  spSignIn,
  ssoError,
  startTestWorld,
  submitCredentials,
} from './world-helpers';

const ADELE = 'adele.vance@contoso.onmicrosoft.com';
let world: StartedWorld;

beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => {
  await world.close();
});

function justcallApp() {
  const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
  if (!app) throw new Error('no JustCall app');
  return app;
}

describe('federation metadata', () => {
  it('serves the active certificate, signed, with CORS, and follows a rotation', async () => {
    await scenario(world, 'configured');
    const app = justcallApp();
    const url = `https://login.microsoftonline.com/${TENANT_ID}/federationmetadata/2007-06/federationmetadata.xml?appid=${app.appId}`;
    const res = await worldRequest(world.port, url);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body).toContain(`entityID="https://sts.windows.net/${TENANT_ID}/"`);
    expect(res.body).toContain(`Location="https://login.microsoftonline.com/${TENANT_ID}/saml2"`);
    const b64 = /<KeyDescriptor use="signing">[\s\S]*?<X509Certificate>([^<]+)</.exec(res.body)?.[1] ?? '';
    const served = new X509Certificate(Buffer.from(b64, 'base64'));
    const active = activeCert(app);
    expect(active).toBeDefined();
    expect(served.fingerprint).toBe(new X509Certificate(active?.certPem ?? '').fingerprint);
    // The metadata's own signature verifies with that certificate.
    const doc = new DOMParser().parseFromString(res.body, 'text/xml');
    const sigNode = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0];
    const sig = new SignedXml({ publicCert: active?.certPem });
    sig.loadSignature(sigNode?.toString() ?? '');
    expect(sig.checkSignature(res.body)).toBe(true);

    await scenario(world, 'cert-rotated');
    const rotated = activeCert(justcallApp());
    const res2 = await worldRequest(world.port, url.replace(app.appId, justcallApp().appId));
    expect(res2.body).toContain(rotated?.certPem.replace(/-----[^-]+-----|\s/g, '').slice(0, 200));
    expect(res2.body).not.toContain(b64);
  });

  it('answers 404 for an unknown app', async () => {
    const res = await worldRequest(
      world.port,
      `https://login.microsoftonline.com/${TENANT_ID}/federationmetadata/2007-06/federationmetadata.xml?appid=nope`,
    );
    expect(res.status).toBe(404);
    expect(res.body).toContain('AADSTS700016');
  });
});

describe('SP-initiated start on app.justcall.io', () => {
  it("builds an AuthnRequest from JustCall's settings", async () => {
    await scenario(world, 'configured');
    const start = await worldRequest(world.port, 'https://app.justcall.io/saml/login?email=adele.vance@contoso.com');
    expect(start.status).toBe(302);
    const loc = new URL(start.location ?? '');
    expect(loc.origin + loc.pathname).toBe(`https://login.microsoftonline.com/${TENANT_ID}/saml2`);
    expect(loc.searchParams.get('RelayState')).toBeTruthy();
    const out = await spSignIn(world, ADELE);
    const xml = out.authnRequestXml ?? '';
    expect(xml).toMatch(/<samlp:AuthnRequest /);
    expect(xml).toContain('<saml:Issuer>JustCall</saml:Issuer>');
    expect(xml).toContain('AssertionConsumerServiceURL="https://bifrost.justcall.io/passport/login/callback"');
    expect(xml).toContain('ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"');
    const id = /ID="([^"]+)"/.exec(xml)?.[1];
    expect(id).toBeTruthy();
    // The response answers that request.
    expect(out.acsForm && decodeResponse(out.acsForm)).toContain(`InResponseTo="${id}"`);
  });

  it('shows a JustCall error when SSO is not configured', async () => {
    await scenario(world, 'app-exists');
    const start = await worldRequest(world.port, 'https://app.justcall.io/saml/login?email=x@contoso.com');
    expect(start.status).toBe(400);
    expect(start.body).toContain('Single Sign-On is not set up');
  });
});

describe('sign-in service errors', () => {
  it.each([
    [
      'wrong-reply-url',
      ADELE,
      'AADSTS50011',
      "The redirect URI 'https://bifrost.justcall.io/passport/login/callback' specified in the request does not match",
    ],
    ['identifier-trailing-slash', ADELE, 'AADSTS700016', "Application with identifier 'JustCall' was not found"],
    ['unassigned-user', ADELE, 'AADSTS50105', "The signed in user 'adele.vance@contoso.onmicrosoft.com' is blocked"],
    ['configured', 'alex.wilber@contoso.onmicrosoft.com', 'AADSTS50105', 'not a direct member of a group with access'],
    ['user-disabled', ADELE, 'AADSTS50057', 'The user account is disabled.'],
  ])('%s as %s → %s', async (name, login, code, text) => {
    await scenario(world, name);
    const out = await spSignIn(world, login);
    expect(out.acsForm).toBeUndefined();
    expect(aadstsCode(out.page.body)).toBe(code);
    expect(out.page.body).toContain('Sorry, but we’re having trouble signing you in.');
    expect(decoded(out.page.body)).toContain(text);
    expect(out.page.body).toMatch(/Request Id: [0-9a-f-]{36}/);
    expect(out.page.body).toMatch(/Correlation Id: [0-9a-f-]{36}/);
    expect(out.page.body).toMatch(/Timestamp: \d{4}-\d\d-\d\dT/);
    expect(out.page.body).toContain(`Message: ${code}:`);
  });

  it('AADSTS750054 without SAMLRequest; sign-in form errors for a bad password', async () => {
    await scenario(world, 'configured');
    const res = await worldRequest(world.port, `https://login.microsoftonline.com/${TENANT_ID}/saml2`);
    expect(res.status).toBe(400);
    expect(aadstsCode(res.body)).toBe('AADSTS750054');
    const out = await spSignIn(world, ADELE, 'wrong');
    expect(out.acsForm).toBeUndefined();
    expect(out.page.body).toContain('Your account or password is incorrect.');
  });
});

describe('group assignment and the POST binding', () => {
  it('lets a direct member of an assigned group sign in; others get AADSTS50105', async () => {
    await scenario(world, 'configured');
    justcallApp().assignments.push(GROUP_IDS.sales);
    const xml = buildAuthnRequestXml({
      id: '_posted-request',
      issueInstant: new Date(),
      destination: `https://login.microsoftonline.com/${TENANT_ID}/saml2`,
      issuer: 'JustCall',
      acsUrl: 'https://bifrost.justcall.io/passport/login/callback',
    });
    const url = `https://login.microsoftonline.com/${TENANT_ID}/saml2`;
    const post = () => worldRequest(world.port, url, { form: { SAMLRequest: Buffer.from(xml).toString('base64'), RelayState: 'rs' } });

    const lynne = await submitCredentials(world, await post(), url, 'lynne.robbins@contoso.onmicrosoft.com');
    expect(lynne.acsForm?.fields.RelayState).toBe('rs');
    expect(decodeResponse(lynne.acsForm ?? { fields: {} })).toContain('InResponseTo="_posted-request"');

    const alex = await submitCredentials(world, await post(), url, 'alex.wilber@contoso.onmicrosoft.com');
    expect(alex.acsForm).toBeUndefined();
    expect(aadstsCode(alex.page.body)).toBe('AADSTS50105');
  });
});

describe('JustCall ACS', () => {
  it('accepts a configured sign-in and JIT-creates the user', async () => {
    await scenario(world, 'configured');
    const out = await spSignIn(world, ADELE);
    expect(out.acsForm?.action).toBe('https://bifrost.justcall.io/passport/login/callback');
    const xml = decodeResponse(out.acsForm ?? { fields: {} });
    expect(xml).toContain('<Audience>JustCall</Audience>');
    expect(xml).toContain('<Attribute Name="email"><AttributeValue>adele.vance@contoso.com</AttributeValue>');
    expect(xml).not.toContain('identity/claims');
    const nb = Date.parse(/NotBefore="([^"]+)"/.exec(xml)?.[1] ?? '');
    const noa = Date.parse(/<Conditions[^>]*NotOnOrAfter="([^"]+)"/.exec(xml)?.[1] ?? '');
    expect(noa - nb).toBe(70 * 60_000);
    // Independently: the assertion's signature verifies with the active certificate.
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const sig = new SignedXml({ publicCert: activeCert(justcallApp())?.certPem });
    sig.loadSignature(doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0]?.toString() ?? '');
    expect(sig.checkSignature(xml)).toBe(true);

    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(acs.status).toBe(200);
    expect(acs.body).toContain('<title>JustCall</title>');
    expect(h1(acs.body)).toBe('Signed in as adele.vance@contoso.com');
    const jc = world.runtime.state.justcall.users.find((u) => u.email === 'adele.vance@contoso.com');
    expect(jc).toMatchObject({ source: 'sso', role: 'Agent', active: true });
    expect(world.runtime.state.signIns.at(-1)).toMatchObject({ ok: true, email: 'adele.vance@contoso.com' });

    // The same response cannot be replayed.
    const replay = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(ssoError(replay.body)).toBe('SSO login failed: this SAML response was already used');
  });

  it('accepts SHA-1 and response+assertion signing', async () => {
    await scenario(world, 'configured');
    const app = justcallApp();
    app.signingAlgorithm = 'SHA-1';
    app.signingOption = 'both';
    const out = await spSignIn(world, ADELE);
    const xml = decodeResponse(out.acsForm ?? { fields: {} });
    expect(xml.match(/<Signature /g)?.length).toBe(2);
    expect(xml).toContain('xmldsig#rsa-sha1');
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(h1(acs.body)).toBe('Signed in as adele.vance@contoso.com');
  });

  it('accepts an IdP-initiated sign-in (Test button), without InResponseTo', async () => {
    await scenario(world, 'configured');
    const url = `https://login.microsoftonline.com/${TENANT_ID}/idpinitiated?appId=${justcallApp().appId}`;
    const page = await worldRequest(world.port, url);
    const out = await submitCredentials(world, page, url, ADELE);
    const xml = decodeResponse(out.acsForm ?? { fields: {} });
    expect(xml).not.toContain('InResponseTo');
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(h1(acs.body)).toBe('Signed in as adele.vance@contoso.com');
  });

  it('signs in with the UPN when email ← user.userprincipalname', async () => {
    await scenario(world, 'upn-as-email');
    const out = await spSignIn(world, ADELE);
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(h1(acs.body)).toBe('Signed in as adele.vance@contoso.onmicrosoft.com');
  });

  it.each([
    ['clock-skew', ADELE, 'SSO login failed: the SAML response has expired'],
    ['unsigned-response', ADELE, 'SSO login failed: the SAML response is not signed'],
    ['cert-rotated', ADELE, 'SSO login failed: invalid signature'],
    ['namespaced-claims', ADELE, 'SSO login failed: the email attribute is missing from the SAML response'],
    ['empty-mail', 'megan.bowen@contoso.onmicrosoft.com', 'SSO login failed: the email attribute is missing from the SAML response'],
  ])('%s is refused', async (name, login, message) => {
    await scenario(world, name);
    const out = await spSignIn(world, login);
    expect(out.acsForm).toBeDefined();
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(acs.status).toBe(400);
    expect(ssoError(acs.body)).toBe(message);
    expect(world.runtime.state.signIns.at(-1)).toMatchObject({ ok: false, error: message });
  });

  it('refuses a wrapped (XSW) response and does not sign in the forged user', async () => {
    await scenario(world, 'xsw-response');
    const out = await spSignIn(world, ADELE);
    const xml = decodeResponse(out.acsForm ?? { fields: {} });
    expect(xml).toContain('<samlp:Extensions><Assertion');
    expect(xml).toContain(world.runtime.state.justcall.owner.email);
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(ssoError(acs.body)).toMatch(/^SSO login failed: invalid SAML response \(2 assertions; possible signature wrapping\)$/);
    expect(acs.body).not.toContain('Signed in as');
  });

  it('refuses a tampered response and the not-yet-valid variant of clock skew', async () => {
    await scenario(world, 'configured');
    const out = await spSignIn(world, ADELE);
    const xml = decodeResponse(out.acsForm ?? { fields: {} }).replace(
      'adele.vance@contoso.com</AttributeValue>',
      'patti.fernandez@contoso.com</AttributeValue>',
    );
    const tampered = await postToAcs(world, {
      action: out.acsForm?.action ?? '',
      fields: { SAMLResponse: Buffer.from(xml).toString('base64') },
    });
    expect(ssoError(tampered.body)).toBe('SSO login failed: invalid signature');

    await scenario(world, 'clock-skew', { skewSeconds: 7200 });
    const ahead = await spSignIn(world, ADELE);
    const acs = await postToAcs(world, ahead.acsForm ?? { action: '', fields: {} });
    expect(ssoError(acs.body)).toBe('SSO login failed: the SAML response is not yet valid (check the clocks)');
  });
});
