import { randomUUID } from 'node:crypto';
import { WORLD_HOSTS, type WorldHandler, type WorldRequest } from '../http';
import { escapeHtml, page, parseForm, sendHtml, sendText } from '../respond';
import { JUSTCALL_LAYOUT_DEFS } from '../justcall-layouts';
import { findByEmail } from '../scim/resources';
import { consumeRequest, isOutstandingRequest, markAssertionUsed, wasAssertionUsed } from './pending';
import { verifySamlResponse } from './verify';

/**
 * bifrost.justcall.io: JustCall's Assertion Consumer Service. It accepts a
 * SAMLResponse only as a careful SP would, JIT-creates the user with the
 * default role, and logs every attempt in state.signIns.
 */

export const ACS_PATH = '/passport/login/callback';
const SKEW_MS = 3 * 60_000;

const CSS = `.card{max-width:520px;margin:80px auto;background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.15);padding:32px}
.brand{color:#1aa1a1;font-weight:700;font-size:20px;margin-bottom:16px}.err{color:#c62828}a{color:#1a73e8}`;

function justcallPage(heading: string, inner: string): string {
  return page(
    'JustCall',
    `<div class="card" role="main"><div class="brand">JustCall</div><h1>${escapeHtml(heading)}</h1>${inner}</div>`,
    CSS,
  );
}

export function justcallErrorPage(message: string): string {
  return justcallPage(
    'Login failed',
    `<p class="err" role="alert" id="sso-error">${escapeHtml(message)}</p><p><a href="https://app.justcall.io/login">Back to login</a></p>`,
  );
}

function refuse(r: WorldRequest, error: string, status = 400): void {
  r.world.state.signIns.push({ at: r.world.now().toISOString(), ok: false, error });
  sendHtml(r.res, status, justcallErrorPage(error));
}

function consume(r: WorldRequest): void {
  const { world } = r;
  const sso = world.state.justcall.sso;
  const samlResponse = parseForm(r.body).get('SAMLResponse');
  if (!samlResponse) return refuse(r, 'SSO login failed: no SAML response was received');
  if (!sso.enabled) return refuse(r, 'SSO login failed: single sign-on is not enabled for this JustCall account');

  const result = verifySamlResponse(samlResponse, {
    certPem: sso.certificatePem,
    issuer: JUSTCALL_LAYOUT_DEFS[world.ui.justcallLayout].issuerField ? sso.issuer : null,
    entityId: sso.entityId,
    acsUrl: sso.acsUrl,
    now: world.now(),
    skewMs: SKEW_MS,
    isOutstanding: (id) => isOutstandingRequest(world, id),
    wasUsed: (id) => wasAssertionUsed(world, id),
  });
  if (!result.ok) return refuse(r, result.error);

  let user = findByEmail(world.state, result.email);
  if (!user) {
    user = {
      id: randomUUID(),
      email: result.email,
      firstName: result.firstName,
      lastName: result.lastName,
      role: sso.defaultRole || 'Agent',
      active: true,
      source: 'sso',
    };
    world.state.justcall.users.push(user);
  }
  if (!user.active) return refuse(r, 'SSO login failed: your JustCall account is deactivated. Contact your JustCall admin.', 403);

  markAssertionUsed(world, result.assertionId);
  if (result.inResponseTo) consumeRequest(world, result.inResponseTo);
  world.state.signIns.push({ at: world.now().toISOString(), ok: true, email: user.email });
  sendHtml(
    r.res,
    200,
    justcallPage(
      `Signed in as ${user.email}`,
      `<p id="signed-in" data-email="${escapeHtml(user.email)}">Welcome to ${escapeHtml(world.state.justcall.accountName)}, ${escapeHtml(
        `${user.firstName} ${user.lastName}`.trim() || user.email,
      )} (${escapeHtml(user.role)}).</p>`,
    ),
  );
}

export const acsHandler: WorldHandler = async (r) => {
  if (r.host !== WORLD_HOSTS.justcallAcs) return false;
  if (r.url.pathname.replace(/\/+$/, '') !== ACS_PATH) {
    sendText(r.res, 404, 'Not found');
    return true;
  }
  if (r.method !== 'POST') {
    sendHtml(r.res, 405, justcallErrorPage('SSO login failed: the SAML response must be POSTed'));
    return true;
  }
  consume(r);
  return true;
};
