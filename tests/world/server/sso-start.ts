import { deflateRawSync } from 'node:zlib';
import { justcallErrorPage } from './acs/handler';
import { rememberRequest } from './acs/pending';
import { WORLD_HOSTS, type WorldHandler } from './http';
import { redirect, sendHtml, sendText } from './respond';
import { escapeXml, samlId } from './xml-sign';

/**
 * JustCall's SP-initiated sign-in: app.justcall.io/saml/login builds an
 * AuthnRequest from JustCall's SSO settings and sends the browser to the
 * configured SSO URL (HTTP-Redirect binding).
 */

export function buildAuthnRequestXml(p: { id: string; issueInstant: Date; destination: string; issuer: string; acsUrl: string }): string {
  return (
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${escapeXml(p.id)}" Version="2.0" IssueInstant="${p.issueInstant.toISOString()}" Destination="${escapeXml(p.destination)}"` +
    ` ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" AssertionConsumerServiceURL="${escapeXml(p.acsUrl)}">` +
    `<saml:Issuer>${escapeXml(p.issuer)}</saml:Issuer>` +
    `<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" AllowCreate="true"/>` +
    `</samlp:AuthnRequest>`
  );
}

export function encodeRedirectMessage(xml: string): string {
  return deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64');
}

export const ssoStartHandler: WorldHandler = async (r) => {
  if (r.host !== WORLD_HOSTS.justcall || !r.url.pathname.startsWith('/saml/')) return false;
  if (r.url.pathname !== '/saml/login' || r.method !== 'GET') {
    sendText(r.res, 404, 'Not found');
    return true;
  }
  const { world } = r;
  const sso = world.state.justcall.sso;
  if (!sso.enabled || !sso.ssoUrl || !sso.certificatePem) {
    sendHtml(
      r.res,
      400,
      justcallErrorPage(
        'Single Sign-On is not set up for this account. Ask your account owner to configure SSO, or log in with your password.',
      ),
    );
    return true;
  }
  let target: URL;
  try {
    target = new URL(sso.ssoUrl);
    if (target.protocol !== 'https:') throw new Error('not https');
  } catch {
    sendHtml(r.res, 400, justcallErrorPage(`SSO login failed: the SSO URL "${sso.ssoUrl}" is not a valid https URL.`));
    return true;
  }
  const id = samlId();
  const xml = buildAuthnRequestXml({ id, issueInstant: world.now(), destination: sso.ssoUrl, issuer: sso.entityId, acsUrl: sso.acsUrl });
  rememberRequest(world, id);
  target.searchParams.set('SAMLRequest', encodeRedirectMessage(xml));
  // JustCall returns the user to the dashboard after sign-in.
  target.searchParams.set('RelayState', '/dashboard');
  redirect(r.res, target.toString());
  return true;
};
