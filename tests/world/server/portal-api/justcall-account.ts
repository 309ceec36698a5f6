import { JUSTCALL_LAYOUT_DEFS } from '../justcall-layouts';
import { newScimToken } from '../store';
import type { WorldState } from '../state';
import { readBody, sendError, sendJson, type ApiRoute } from './router';
import { JustCallLoginBodySchema, type JustCallScimView } from './views';

/** Cookie the password login sets; the world's pages do not require it (the demo may go straight to settings). */
export const JUSTCALL_SESSION_COOKIE = 'jc_session';

function scimView(state: WorldState): JustCallScimView {
  const scim = state.justcall.scim;
  return { tenantUrl: scim.tenantUrl, hasToken: scim.secretToken !== '', secretToken: scim.tokenRevealed ? scim.secretToken : '' };
}

/** JustCall password login, SCIM settings (Tenant URL, Secret Token) and the users list. */
export const justcallAccountRoutes: ApiRoute[] = [
  {
    method: 'POST',
    pattern: '/api/justcall/login',
    handle: (r) => {
      const body = readBody(r, JustCallLoginBodySchema);
      if (!body) return;
      const owner = r.world.state.justcall.owner;
      if (body.email.toLowerCase() !== owner.email.toLowerCase() || body.password !== owner.password)
        return sendError(r.res, 401, 'Invalid email or password.');
      r.res.setHeader('set-cookie', `${JUSTCALL_SESSION_COOKIE}=owner; Path=/; Secure; HttpOnly; SameSite=Lax`);
      sendJson(r.res, 200, { ok: true });
    },
  },
  {
    method: 'GET',
    pattern: '/api/justcall/scim',
    handle: (r) =>
      JUSTCALL_LAYOUT_DEFS[r.world.ui.justcallLayout].provisioning === 'page'
        ? sendJson(r.res, 200, scimView(r.world.state))
        : sendError(r.res, 404, 'Not found'),
  },
  {
    method: 'POST',
    pattern: '/api/justcall/scim/generate',
    handle: (r) => {
      const scim = r.world.state.justcall.scim;
      scim.secretToken = newScimToken();
      scim.tokenRevealed = true;
      sendJson(r.res, 200, scimView(r.world.state));
    },
  },
  {
    method: 'POST',
    pattern: '/api/justcall/scim/reveal',
    handle: (r) => {
      r.world.state.justcall.scim.tokenRevealed = true;
      sendJson(r.res, 200, scimView(r.world.state));
    },
  },
  {
    method: 'POST',
    pattern: '/api/justcall/scim/hide',
    handle: (r) => {
      r.world.state.justcall.scim.tokenRevealed = false;
      sendJson(r.res, 200, scimView(r.world.state));
    },
  },
  {
    method: 'GET',
    pattern: '/api/justcall/users',
    handle: (r) =>
      sendJson(r.res, 200, {
        users: r.world.state.justcall.users.map((u) => ({
          id: u.id,
          email: u.email,
          firstName: u.firstName,
          lastName: u.lastName,
          role: u.role,
          active: u.active,
          source: u.source,
        })),
      }),
  },
];
