import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldRequest } from '@/tests/world/client-node';
import type { StartedWorld } from '@/tests/world/server/server';
import { TENANT_ID } from '@/tests/world/server/state';
import { activeCert } from '@/tests/world/server/store';
import { h1, postToAcs, scenario, spSignIn, startTestWorld } from './world-helpers';

let world: StartedWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => {
  await world.close();
});

const DAY = 86_400_000;

function justcallApp() {
  const app = world.runtime.state.apps.find((a) => a.name === 'JustCall');
  if (!app) throw new Error('no JustCall app');
  return app;
}

describe('cert-expiring scenario', () => {
  it.each([[20], [5]])('serves a certificate that expires in %i days, which JustCall holds and sign-ins still pass', async (days) => {
    await scenario(world, 'cert-expiring', { days });
    const app = justcallApp();
    const cert = activeCert(app);
    expect(app.certificates).toHaveLength(1);
    const left = (Date.parse(cert?.notAfter ?? '') - world.runtime.now().getTime()) / DAY;
    expect(left).toBeGreaterThan(days - 0.01);
    expect(left).toBeLessThanOrEqual(days);
    expect(world.runtime.state.justcall.sso.certificatePem).toBe(cert?.certPem);

    const res = await worldRequest(
      world.port,
      `https://login.microsoftonline.com/${TENANT_ID}/federationmetadata/2007-06/federationmetadata.xml?appid=${app.appId}`,
    );
    const b64 = /<X509Certificate>([^<]+)<\/X509Certificate>/.exec(res.body)?.[1] ?? '';
    const served = new X509Certificate(Buffer.from(b64, 'base64'));
    expect(new Date(served.validTo).getTime()).toBe(Math.floor(Date.parse(cert?.notAfter ?? '') / 1000) * 1000);

    const out = await spSignIn(world, 'adele.vance@contoso.onmicrosoft.com');
    const acs = await postToAcs(world, out.acsForm ?? { action: '', fields: {} });
    expect(h1(acs.body)).toMatch(/^Signed in as /);
  });
});
