import { z } from 'zod';
import type { WorldHandler, WorldRequest } from './http';
import { parseJsonBody, sendJson } from './respond';
import { applyScenario, describeScenarios, isScenarioName, SCENARIO_NAMES } from './scenarios';
import { findApp, findUser, runProvisioningCycle } from './store';
import type { WorldState } from './state';
import { PartialUiOptionsSchema, resolveUiOptions } from './ui-options';

/**
 * The test API, on any host under /__world/: reset, scenarios, state, clock,
 * faults, users, provisioning, the sign-in log, and how the portals are drawn (ui). For the e2e harness and
 * the demo; never part of what the extension sees as a portal.
 */

const PREFIX = '/__world/';

const faultsBody = z
  .object({
    idpClockSkewSeconds: z.number().finite(),
    unsignedResponse: z.boolean(),
    xswResponse: z.boolean(),
    renamedLabels: z.record(z.string(), z.string()),
  })
  .partial()
  .strict();
const clockBody = z.object({ offsetMs: z.number().finite() }).strict();
const optionsBody = z.record(z.string(), z.unknown());
const provisioningBody = z.object({ appId: z.string().optional() }).optional();

/** State as JSON without private keys. */
export function publicState(state: WorldState): unknown {
  return {
    ...state,
    apps: state.apps.map((a) => ({ ...a, certificates: a.certificates.map(({ keyPem: _keyPem, ...c }) => c) })),
  };
}

function bad(r: WorldRequest, message: string, status = 400): void {
  sendJson(r.res, status, { ok: false, error: message });
}

async function scenario(r: WorldRequest, namesPart: string): Promise<void> {
  const names = decodeURIComponent(namesPart)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isScenarioName(n));
  if (names.length === 0 || unknown.length > 0) {
    return bad(r, `Unknown scenario ${unknown.join(', ') || '(none)'}. Known: ${SCENARIO_NAMES.join(', ')}`, 404);
  }
  const raw = parseJsonBody(r.body);
  if (raw instanceof Error) return bad(r, raw.message);
  const options = optionsBody.safeParse(raw ?? {});
  if (!options.success) return bad(r, 'Scenario options must be a JSON object');
  await r.world.reset();
  let signInAs = '';
  for (const name of names) signInAs = (await applyScenario(r.world, name, options.data)).signInAs;
  sendJson(r.res, 200, {
    ok: true,
    applied: names,
    signInAs,
    apps: r.world.state.apps.map((a) => ({ name: a.name, appId: a.appId, objectId: a.objectId })),
  });
}

async function provisioning(r: WorldRequest): Promise<void> {
  const raw = parseJsonBody(r.body);
  const body = provisioningBody.safeParse(raw instanceof Error ? null : raw);
  if (raw instanceof Error || !body.success) return bad(r, 'Body must be {"appId"?: string}');
  const apps = body.data?.appId ? [findApp(r.world.state, body.data.appId)].filter((a) => a !== undefined) : r.world.state.apps;
  if (body.data?.appId && apps.length === 0) return bad(r, `No app ${body.data.appId}`, 404);
  const cycles = [];
  for (const app of apps) cycles.push({ appId: app.appId, name: app.name, cycle: await runProvisioningCycle(r.world, app) });
  sendJson(r.res, 200, { ok: true, cycles });
}

function parseBody<T>(r: WorldRequest, schema: z.ZodType<T>): T | null {
  const raw = parseJsonBody(r.body);
  const parsed = schema.safeParse(raw instanceof Error ? undefined : raw);
  if (raw instanceof Error || !parsed.success) {
    bad(
      r,
      raw instanceof Error ? raw.message : `Invalid body: ${parsed.success ? '' : parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
    return null;
  }
  return parsed.data;
}

export const testApiHandler: WorldHandler = async (r) => {
  if (!r.url.pathname.startsWith(PREFIX)) return false;
  const route = r.url.pathname.slice(PREFIX.length).replace(/\/+$/, '');
  const { world, method } = r;
  const post = method === 'POST';

  if (post && route === 'reset') {
    await world.reset();
    sendJson(r.res, 200, { ok: true });
  } else if (post && route.startsWith('scenario/')) {
    await scenario(r, route.slice('scenario/'.length));
  } else if (method === 'GET' && route === 'scenarios') {
    sendJson(r.res, 200, describeScenarios());
  } else if (method === 'GET' && route === 'state') {
    sendJson(r.res, 200, publicState(world.state));
  } else if (post && route === 'provisioning/run') {
    await provisioning(r);
  } else if (post && route === 'clock') {
    const body = parseBody(r, clockBody);
    if (!body) return true;
    world.state.clockOffsetMs = body.offsetMs;
    sendJson(r.res, 200, { ok: true, now: world.now().toISOString() });
  } else if (post && route === 'faults') {
    const body = parseBody(r, faultsBody);
    if (!body) return true;
    Object.assign(world.state.faults, body);
    sendJson(r.res, 200, { ok: true, faults: world.state.faults });
  } else if (post && /^users\/[^/]+\/(disable|enable)$/.test(route)) {
    const [, id = '', action] = route.split('/');
    const user = findUser(world.state, decodeURIComponent(id));
    if (!user) {
      bad(r, `No user ${decodeURIComponent(id)}`, 404);
      return true;
    }
    user.accountEnabled = action === 'enable';
    sendJson(r.res, 200, { ok: true, id: user.id, accountEnabled: user.accountEnabled });
  } else if (method === 'GET' && route === 'ui') {
    sendJson(r.res, 200, world.ui);
  } else if (post && route === 'ui') {
    const body = parseBody(r, PartialUiOptionsSchema);
    if (!body) return true;
    world.ui = resolveUiOptions({ ...world.ui, ...body });
    sendJson(r.res, 200, { ok: true, ui: world.ui });
  } else if (method === 'GET' && route === 'signins') {
    sendJson(r.res, 200, world.state.signIns);
  } else {
    bad(r, `No test API route ${method} ${r.url.pathname}`, 404);
  }
  return true;
};
