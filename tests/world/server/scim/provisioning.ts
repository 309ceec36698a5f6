import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { worldRequest, type WorldResponse } from '../../client-node';
import { allWorldHostNames, type WorldRuntime } from '../http';
import { directoryOf, isUserAssigned } from '../store';
import type { EntraApp, EntraUser, ProvisioningConfig } from '../state';

/**
 * Entra's provisioning engine: "Test Connection" and one provisioning cycle.
 * It really calls the SCIM endpoint over HTTPS through the world's own port,
 * with the Host header of the Tenant URL, so a wrong Tenant URL or token fails
 * the way it does for real.
 */

type Cycle = NonNullable<ProvisioningConfig['lastCycle']>;

const listResponse = z.object({
  schemas: z.array(z.string()).optional(),
  totalResults: z.number().optional(),
  Resources: z
    .array(
      z
        .object({ id: z.string(), userName: z.string().optional(), active: z.boolean().optional(), externalId: z.string().optional() })
        .passthrough(),
    )
    .optional(),
});

class ScimCallError extends Error {}

function scimUrl(tenantUrl: string, rel: string): URL {
  const base = tenantUrl.replace(/\/+$/, '');
  return new URL(`${base}/${rel}`);
}

async function scimCall(
  world: WorldRuntime,
  tenantUrl: string,
  token: string,
  method: string,
  rel: string,
  json?: unknown,
): Promise<WorldResponse> {
  const url = scimUrl(tenantUrl, rel);
  if (url.protocol !== 'https:') throw new ScimCallError('The Tenant URL must use https.');
  if (!allWorldHostNames().includes(url.hostname.toLowerCase()) || (url.port && url.port !== '443')) {
    throw new ScimCallError(`We could not reach ${url.origin}. Check the Tenant URL.`);
  }
  if (!world.port) throw new ScimCallError('The world is not listening yet.');
  try {
    return await worldRequest(world.port, url.toString(), {
      method,
      json,
      headers: { authorization: `Bearer ${token}`, accept: 'application/scim+json' },
      timeoutMs: 10_000,
    });
  } catch (e) {
    throw new ScimCallError(`We could not reach ${url.origin}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function describeFailure(res: WorldResponse): string {
  if (res.status === 401 || res.status === 403)
    return (
      'You appear to have entered invalid credentials. Please confirm you are using the correct Secret Token for JustCall. (HTTP ' +
      res.status +
      ')'
    );
  if (res.status === 404) return 'The Tenant URL did not answer as a SCIM endpoint (HTTP 404 Not Found). Please confirm the Tenant URL.';
  return `The SCIM endpoint returned HTTP ${res.status}.`;
}

/** Entra's "Test Connection": GET /Users?filter=userName eq "<random>" with the token. */
export async function testScimConnection(world: WorldRuntime, tenantUrl: string, token: string): Promise<{ ok: boolean; message: string }> {
  if (!tenantUrl.trim() || !token.trim()) return { ok: false, message: 'Tenant URL and Secret Token are both required.' };
  try {
    new URL(tenantUrl.trim());
  } catch {
    return { ok: false, message: `"${tenantUrl}" is not a valid URL.` };
  }
  try {
    const filter = encodeURIComponent(`userName eq "${randomUUID()}"`);
    const res = await scimCall(world, tenantUrl.trim(), token.trim(), 'GET', `Users?filter=${filter}`);
    if (res.status !== 200) return { ok: false, message: describeFailure(res) };
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return { ok: false, message: 'The SCIM endpoint did not return JSON.' };
    }
    if (!listResponse.safeParse(body).success) return { ok: false, message: 'The SCIM endpoint did not return a SCIM ListResponse.' };
    return { ok: true, message: 'The supplied credentials are authorized to enable provisioning.' };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function mappedSource(app: EntraApp, target: string, fallback: string): string {
  return app.provisioning.mappings.find((m) => m.target === target)?.source ?? fallback;
}

function entraValue(user: EntraUser, source: string): string {
  switch (source.trim().toLowerCase()) {
    case 'mail':
      return user.mail;
    case 'userprincipalname':
      return user.userPrincipalName;
    case 'givenname':
      return user.givenName;
    case 'surname':
      return user.surname;
    case 'displayname':
      return user.displayName;
    case 'objectid':
      return user.id;
    default:
      return '';
  }
}

function scimUserFor(app: EntraApp, user: EntraUser, active: boolean): Record<string, unknown> {
  const mail = entraValue(user, mappedSource(app, 'emails[type eq "work"].value', 'mail'));
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    externalId: user.id,
    userName: entraValue(user, mappedSource(app, 'userName', 'userPrincipalName')),
    active,
    displayName: user.displayName,
    name: { givenName: user.givenName, familyName: user.surname },
    ...(mail ? { emails: [{ type: 'work', value: mail, primary: true }] } : {}),
  };
}

type RemoteUser = NonNullable<z.infer<typeof listResponse>['Resources']>[number];

async function findRemote(world: WorldRuntime, app: EntraApp, userName: string): Promise<RemoteUser[]> {
  const { tenantUrl, secretToken } = app.provisioning;
  const res = await scimCall(world, tenantUrl, secretToken, 'GET', `Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
  if (res.status !== 200) throw new ScimCallError(describeFailure(res));
  const parsed = listResponse.safeParse(JSON.parse(res.body));
  if (!parsed.success) throw new ScimCallError('The SCIM endpoint did not return a SCIM ListResponse.');
  return parsed.data.Resources ?? [];
}

async function syncUser(world: WorldRuntime, app: EntraApp, user: EntraUser, cycle: Cycle): Promise<void> {
  const { tenantUrl, secretToken } = app.provisioning;
  const inScope = user.accountEnabled && (app.provisioning.scope === 'all' || isUserAssigned(world, app, user));
  const body = scimUserFor(app, user, true);
  const userName = String(body.userName);
  if (!userName) {
    if (inScope) cycle.errors.push(`${user.displayName}: userName source is empty`);
    return;
  }
  const remote = (await findRemote(world, app, userName))[0];
  if (inScope) {
    if (!remote) {
      const res = await scimCall(world, tenantUrl, secretToken, 'POST', 'Users', body);
      if (res.status === 201) cycle.created += 1;
      else cycle.errors.push(`${user.displayName}: create failed (HTTP ${res.status}) ${res.body.slice(0, 200)}`);
    } else if (remote.active === false || remote.externalId !== user.id) {
      const res = await scimCall(world, tenantUrl, secretToken, 'PATCH', `Users/${encodeURIComponent(remote.id)}`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'Replace', path: 'active', value: 'True' },
          { op: 'Replace', path: 'externalId', value: user.id },
          { op: 'Replace', path: 'name.givenName', value: user.givenName },
          { op: 'Replace', path: 'name.familyName', value: user.surname },
        ],
      });
      if (res.status === 200) cycle.updated += 1;
      else cycle.errors.push(`${user.displayName}: update failed (HTTP ${res.status})`);
    }
  } else if (remote && remote.active !== false && remote.externalId === user.id) {
    // Only users this app provisioned (externalId = Entra object id) are deactivated when they leave scope.
    const res = await scimCall(world, tenantUrl, secretToken, 'PATCH', `Users/${encodeURIComponent(remote.id)}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    if (res.status === 200) cycle.deactivated += 1;
    else cycle.errors.push(`${user.displayName}: deactivate failed (HTTP ${res.status})`);
  }
}

/**
 * One provisioning cycle for an app in Automatic mode with status On; records
 * and returns app.provisioning.lastCycle. Returns null (nothing recorded) when
 * provisioning is not running for the app.
 */
export async function runProvisioningCycle(world: WorldRuntime, app: EntraApp): Promise<Cycle | null> {
  if (app.provisioning.mode !== 'Automatic' || app.provisioning.status !== 'On') return null;
  const cycle: Cycle = { at: world.now().toISOString(), created: 0, updated: 0, deactivated: 0, errors: [] };
  for (const user of directoryOf(world.state, app.cloud).users) {
    try {
      await syncUser(world, app, user, cycle);
    } catch (e) {
      cycle.errors.push(e instanceof Error ? e.message : String(e));
      // Credentials or endpoint problems fail every user alike: stop, as Entra quarantines.
      if (e instanceof ScimCallError) break;
    }
  }
  app.provisioning.lastCycle = cycle;
  return cycle;
}
