import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldRequest } from '@/tests/world/client-node';
import type { StartedWorld } from '@/tests/world/server/server';
import { SCENARIO_NAMES } from '@/tests/world/server/scenarios';
import { runProvisioningCycle, testScimConnection } from '@/tests/world/server/store';
import { scenario, startTestWorld } from './world-helpers';

let world: StartedWorld;
const SCIM = 'https://api.justcall.io/scim/v2';

beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => {
  await world.close();
});

function token(): string {
  return world.runtime.state.justcall.scim.secretToken;
}
function scim(path: string, opts: { method?: string; json?: unknown; auth?: string } = {}) {
  return worldRequest(world.port, `${SCIM}${path}`, {
    method: opts.method,
    json: opts.json,
    headers: { authorization: opts.auth ?? `Bearer ${token()}` },
  });
}

describe('JustCall SCIM endpoint', () => {
  it('refuses requests without the right Bearer token', async () => {
    await scenario(world, 'configured');
    expect((await scim('/Users', { auth: '' })).status).toBe(401);
    expect((await scim('/Users', { auth: 'Bearer nope' })).status).toBe(401);
    expect((await scim('/ServiceProviderConfig')).status).toBe(200);
    expect(
      (await worldRequest(world.port, 'https://api.justcall.io/other/Users', { headers: { authorization: `Bearer ${token()}` } })).status,
    ).toBe(404);
  });

  it('creates, filters, patches, replaces and deletes users', async () => {
    await scenario(world, 'configured');
    const created = await scim('/Users', {
      method: 'POST',
      json: { userName: 'new.user@contoso.com', name: { givenName: 'New', familyName: 'User' }, active: true, externalId: 'x1' },
    });
    expect(created.status).toBe(201);
    const id = (JSON.parse(created.body) as { id: string }).id;
    expect((await scim('/Users', { method: 'POST', json: { userName: 'new.user@contoso.com' } })).status).toBe(409);
    expect((await scim('/Users', { method: 'POST', json: { userName: 'not-an-email' } })).status).toBe(400);

    const found = JSON.parse((await scim(`/Users?filter=${encodeURIComponent('userName eq "new.user@contoso.com"')}`)).body) as {
      totalResults: number;
    };
    expect(found.totalResults).toBe(1);

    const patched = await scim(`/Users/${id}`, {
      method: 'PATCH',
      json: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] },
    });
    expect(patched.status).toBe(200);
    expect(world.runtime.state.justcall.users.find((u) => u.id === id)?.active).toBe(false);

    const put = await scim(`/Users/${id}`, {
      method: 'PUT',
      json: { userName: 'renamed@contoso.com', name: { givenName: 'Re', familyName: 'Named' } },
    });
    expect(put.status).toBe(200);
    expect(world.runtime.state.justcall.users.find((u) => u.id === id)).toMatchObject({ email: 'renamed@contoso.com', firstName: 'Re' });

    expect((await scim(`/Users/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await scim(`/Users/${id}`)).status).toBe(404);
  });
});

describe("Entra's provisioning engine", () => {
  it('Test Connection succeeds only with the right Tenant URL and token', async () => {
    await scenario(world, 'configured');
    expect(await testScimConnection(world.runtime, SCIM, token())).toMatchObject({ ok: true });
    const badToken = await testScimConnection(world.runtime, SCIM, 'wrong');
    expect(badToken.ok).toBe(false);
    expect(badToken.message).toContain('invalid credentials');
    const badUrl = await testScimConnection(world.runtime, 'https://api.justcall.io/scim', token());
    expect(badUrl).toMatchObject({ ok: false });
    expect(badUrl.message).toContain('404');
    const unreachable = await testScimConnection(world.runtime, 'https://scim.example.com/v2', token());
    expect(unreachable.message).toContain('could not reach');
  });

  it('a cycle creates assigned users and deactivates them when disabled', async () => {
    await scenario(world, 'provisioning');
    const app = world.runtime.state.apps[0];
    if (!app) throw new Error('no app');
    const first = await runProvisioningCycle(world.runtime, app);
    expect(first).toMatchObject({ created: 1, deactivated: 0, errors: [] });
    const adele = world.runtime.state.justcall.users.find((u) => u.source === 'scim');
    // Entra's default mapping sends the UPN as userName and user.mail as the work email; JustCall keeps the email.
    expect(adele).toMatchObject({ email: 'adele.vance@contoso.com', firstName: 'Adele', lastName: 'Vance', active: true });

    const disabled = await worldRequest(world.port, 'https://app.justcall.io/__world/users/adele.vance@contoso.onmicrosoft.com/disable', {
      method: 'POST',
    });
    expect(disabled.status).toBe(200);
    const run = await worldRequest(world.port, 'https://app.justcall.io/__world/provisioning/run', { method: 'POST', json: {} });
    expect(JSON.parse(run.body)).toMatchObject({ ok: true, cycles: [{ cycle: { deactivated: 1, created: 0 } }] });
    expect(adele?.active).toBe(false);
  });

  it('a cycle with a wrong token records the error and creates nothing', async () => {
    await scenario(world, 'provisioning');
    const app = world.runtime.state.apps[0];
    if (!app) throw new Error('no app');
    app.provisioning.secretToken = 'stale';
    const cycle = await runProvisioningCycle(world.runtime, app);
    expect(cycle?.created).toBe(0);
    expect(cycle?.errors.join(' ')).toContain('invalid credentials');
    expect(app.provisioning.lastCycle).toBe(cycle);
  });
});

describe('test API', () => {
  it('lists scenarios, rejects unknown ones, and hides private keys in state', async () => {
    const list = JSON.parse((await worldRequest(world.port, 'https://entra.microsoft.com/__world/scenarios')).body) as { name: string }[];
    expect(list.map((s) => s.name)).toEqual(SCENARIO_NAMES);
    expect((await worldRequest(world.port, 'https://entra.microsoft.com/__world/scenario/nope', { method: 'POST' })).status).toBe(404);
    await scenario(world, 'configured');
    const state = await worldRequest(world.port, 'https://entra.microsoft.com/__world/state');
    expect(state.body).toContain('BEGIN CERTIFICATE');
    expect(state.body).not.toContain('PRIVATE KEY');
    expect(state.body).not.toContain('keyPem');
  });

  it('sets faults and the clock with validated bodies, and resets', async () => {
    const ok = await worldRequest(world.port, 'https://login.microsoftonline.com/__world/faults', { json: { unsignedResponse: true } });
    expect(ok.status).toBe(200);
    expect(world.runtime.state.faults.unsignedResponse).toBe(true);
    expect((await worldRequest(world.port, 'https://login.microsoftonline.com/__world/faults', { json: { bogus: 1 } })).status).toBe(400);
    const clock = await worldRequest(world.port, 'https://login.microsoftonline.com/__world/clock', { json: { offsetMs: 3_600_000 } });
    expect(clock.status).toBe(200);
    expect(world.runtime.now().getTime() - Date.now()).toBeGreaterThan(3_500_000);
    await worldRequest(world.port, 'https://login.microsoftonline.com/__world/reset', { method: 'POST' });
    expect(world.runtime.state.faults.unsignedResponse).toBe(false);
    expect(world.runtime.state.clockOffsetMs).toBe(0);
    expect(world.runtime.state.apps).toEqual([]);
  });

  it('answers unknown hosts and paths with a 404 page, not a crash', async () => {
    const res = await worldRequest(world.port, 'https://unknown.example.com/whatever');
    expect(res.status).toBe(404);
    const big = await worldRequest(world.port, 'https://bifrost.justcall.io/passport/login/callback', {
      body: 'x'.repeat(3 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
  });
});
