import { timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { WORLD_HOSTS, type WorldHandler, type WorldRequest } from '../http';
import { JUSTCALL_LAYOUT_DEFS } from '../justcall-layouts';
import { parseJsonBody, sendJson } from '../respond';
import {
  SCIM_ERROR_SCHEMA,
  SCIM_LIST_SCHEMA,
  applyPatch,
  emailFrom,
  findByEmail,
  matchesUserName,
  newScimUser,
  scimPatchBody,
  scimUserBody,
  toScimUser,
  validEmail,
} from './resources';

/**
 * JustCall's SCIM 2.0 endpoint on api.justcall.io, under the path of the
 * Tenant URL JustCall shows (state.justcall.scim.tenantUrl). Guarded by the
 * Secret Token as a Bearer token.
 */

const SCIM_CT = 'application/scim+json';

function scimError(res: ServerResponse, status: number, detail: string, scimType?: string): void {
  sendJson(res, status, { schemas: [SCIM_ERROR_SCHEMA], status: String(status), scimType, detail }, SCIM_CT);
}

function tokenMatches(header: string | undefined, expected: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m?.[1] || !expected) return false;
  const a = Buffer.from(m[1].trim());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `userName eq "x"` is the only filter Entra uses against users. */
function parseFilter(filter: string): { attr: string; value: string } | null | 'unsupported' {
  if (!filter.trim()) return null;
  const m = /^\s*(userName|externalId|emails\.value)\s+eq\s+"([^"]*)"\s*$/i.exec(filter);
  if (!m?.[1] || m[2] === undefined) return 'unsupported';
  return { attr: m[1].toLowerCase(), value: m[2] };
}

function serviceProviderConfig(): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'The Secret Token from Settings > Security > Provisioning',
        primary: true,
      },
    ],
  };
}

function handleUsers(r: WorldRequest, rest: string[]): void {
  const { res, world } = r;
  const users = world.state.justcall.users;
  const id = rest[0];

  if (id === undefined) {
    if (r.method === 'GET') {
      const f = parseFilter(r.url.searchParams.get('filter') ?? '');
      if (f === 'unsupported') return scimError(res, 400, 'Unsupported filter', 'invalidFilter');
      const matched = users.filter((u) => {
        if (!f) return true;
        if (f.attr === 'externalid') return u.externalId === f.value;
        if (f.attr === 'username') return matchesUserName(u, f.value);
        return u.email.toLowerCase() === f.value.toLowerCase();
      });
      return sendJson(
        res,
        200,
        {
          schemas: [SCIM_LIST_SCHEMA],
          totalResults: matched.length,
          startIndex: 1,
          itemsPerPage: matched.length,
          Resources: matched.map(toScimUser),
        },
        SCIM_CT,
      );
    }
    if (r.method === 'POST') {
      const parsed = scimUserBody.safeParse(parseJsonBody(r.body));
      if (!parsed.success) return scimError(res, 400, 'Invalid user: userName is required', 'invalidValue');
      const email = emailFrom(parsed.data);
      if (!validEmail(email))
        return scimError(res, 400, `JustCall needs an email address (work email or userName); got "${email}"`, 'invalidValue');
      if (findByEmail(world.state, email) || users.some((u) => matchesUserName(u, parsed.data.userName)))
        return scimError(res, 409, `A user with email ${email} already exists`, 'uniqueness');
      const user = newScimUser(parsed.data);
      users.push(user);
      return sendJson(res, 201, toScimUser(user), SCIM_CT);
    }
    return scimError(res, 405, `Method ${r.method} not allowed on /Users`);
  }

  const user = users.find((u) => u.id === id);
  if (!user || rest.length > 1) return scimError(res, 404, `User ${id} not found`);
  switch (r.method) {
    case 'GET':
      return sendJson(res, 200, toScimUser(user), SCIM_CT);
    case 'PATCH': {
      const parsed = scimPatchBody.safeParse(parseJsonBody(r.body));
      if (!parsed.success) return scimError(res, 400, 'Invalid PatchOp body', 'invalidSyntax');
      const copy = { ...user };
      const err = applyPatch(copy, parsed.data.Operations);
      if (err) return scimError(res, 400, err, 'invalidValue');
      Object.assign(user, copy);
      return sendJson(res, 200, toScimUser(user), SCIM_CT);
    }
    case 'PUT': {
      const parsed = scimUserBody.safeParse(parseJsonBody(r.body));
      if (!parsed.success) return scimError(res, 400, 'Invalid user: userName is required', 'invalidValue');
      const email = emailFrom(parsed.data);
      if (!validEmail(email))
        return scimError(res, 400, `JustCall needs an email address (work email or userName); got "${email}"`, 'invalidValue');
      Object.assign(user, {
        email,
        userName: parsed.data.userName,
        firstName: parsed.data.name?.givenName ?? user.firstName,
        lastName: parsed.data.name?.familyName ?? user.lastName,
        active: parsed.data.active ?? user.active,
        externalId: parsed.data.externalId ?? user.externalId,
      });
      return sendJson(res, 200, toScimUser(user), SCIM_CT);
    }
    case 'DELETE':
      if (user.source === 'owner') return scimError(res, 400, 'The account owner cannot be deleted', 'mutability');
      users.splice(users.indexOf(user), 1);
      res.writeHead(204);
      res.end();
      return;
    default:
      return scimError(res, 405, `Method ${r.method} not allowed`);
  }
}

export const scimHandler: WorldHandler = async (r) => {
  if (r.host !== WORLD_HOSTS.justcallApi) return false;
  const { res, world } = r;
  let basePath: string;
  try {
    basePath = new URL(world.state.justcall.scim.tenantUrl).pathname.replace(/\/+$/, '');
  } catch {
    basePath = '/scim/v2';
  }
  const path = r.url.pathname.replace(/\/+$/, '');
  // A JustCall layout without provisioning has no SCIM endpoint either.
  const offered = JUSTCALL_LAYOUT_DEFS[world.ui.justcallLayout].provisioning === 'page';
  if (!offered || (path !== basePath && !path.startsWith(basePath + '/'))) {
    scimError(res, 404, `No SCIM endpoint at ${r.url.pathname}`);
    return true;
  }
  if (!tokenMatches(r.req.headers.authorization, world.state.justcall.scim.secretToken)) {
    res.setHeader('www-authenticate', 'Bearer');
    scimError(res, 401, 'Invalid or missing Bearer token');
    return true;
  }
  // A JustCall outage or rate limit (a scenario): reads still work, writes get the status.
  const failing = world.state.faults.scimWriteStatus;
  if (failing && (r.method === 'POST' || r.method === 'PATCH' || r.method === 'PUT')) {
    if (failing === 429) res.setHeader('retry-after', '60');
    scimError(res, failing, failing === 429 ? 'Too many requests: slow down' : 'JustCall is temporarily unavailable');
    return true;
  }
  const rest = path.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent);
  const [resource, ...more] = rest;
  if (resource === 'Users') handleUsers(r, more);
  else if (resource === 'ServiceProviderConfig' && r.method === 'GET') sendJson(res, 200, serviceProviderConfig(), SCIM_CT);
  else if (resource === 'Groups' && r.method === 'GET')
    sendJson(res, 200, { schemas: [SCIM_LIST_SCHEMA], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] }, SCIM_CT);
  else scimError(res, 404, `Unknown SCIM resource ${resource ?? '(none)'}`);
  return true;
};
