import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { worldRequest } from '@/tests/world/client-node';
import type { StartedWorld } from '@/tests/world/server/server';
import { analyseProvisioningFiles, provisioningExitCode } from '@/utils/provisioning';
import { PROVISIONING_CASES } from '@/tests/e2e/support/provisioning-cases';
import { scenario, startTestWorld } from './world-helpers';

/**
 * The world's provisioning scenarios end to end without a browser: a cycle
 * runs against the world's JustCall, its logs and job come from the world's
 * Graph-shaped API, and the doctor (library and CLI) names the cause and fix.
 */

let world: StartedWorld;
let dir: string;
const ROOT = join(__dirname, '..', '..', '..');
const ENTRA = 'https://entra.microsoft.com';

beforeAll(async () => {
  world = await startTestWorld();
  dir = mkdtempSync(join(tmpdir(), 'world-provisioning-'));
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

const Logs = z.object({ '@odata.context': z.string(), value: z.array(z.object({ cycleId: z.string(), provisioningAction: z.string() })) });

async function get(path: string): Promise<string> {
  const res = await worldRequest(world.port, `${ENTRA}/api/entra${path}`);
  expect(res.status, path).toBe(200);
  return res.body;
}

async function cycleFor(name: string): Promise<{ logs: string; job: string }> {
  await worldRequest(world.port, 'https://app.justcall.io/__world/reset', { method: 'POST', json: {} });
  await scenario(world, name);
  const run = await worldRequest(world.port, 'https://app.justcall.io/__world/provisioning/run', { method: 'POST', json: {} });
  expect(run.status).toBe(200);
  const app = world.runtime.state.apps.find((a) => a.name === 'JustCall' && a.cloud === 'public');
  if (!app) throw new Error('no JustCall app');
  return { logs: await get(`/apps/${app.objectId}/provisioning/logs`), job: await get(`/apps/${app.objectId}/provisioning/job`) };
}

describe('the world’s provisioning logs, read by the doctor', () => {
  it.each(PROVISIONING_CASES)('$scenario: $finding', async (c) => {
    const { logs, job } = await cycleFor(c.scenario);
    const parsed = Logs.parse(JSON.parse(logs));
    expect(parsed.value.length).toBeGreaterThan(0);
    expect(new Set(parsed.value.map((r) => r.cycleId)).size).toBe(1);

    const a = analyseProvisioningFiles(
      [
        { name: 'logs.json', text: logs },
        { name: 'job.json', text: job },
      ],
      { now: world.runtime.now().toISOString() },
    );
    expect(a.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(a.findings.map((f) => f.id)).toContain(c.finding);
    expect(a.summary.topCause?.findingId ?? a.findings[0]?.id).toBe(c.finding);
    expect(a.findings.find((f) => f.id === c.finding)?.fix).toContain(c.fixSays);
    expect(a.job?.code).toBe(c.quarantine ? 'Quarantine' : 'Active');
    expect(provisioningExitCode(a)).toBe(c.exitCode);

    // The CLI over the same files: same finding first, same exit status.
    const logsFile = join(dir, `${c.scenario}-logs.json`);
    const jobFile = join(dir, `${c.scenario}-job.json`);
    writeFileSync(logsFile, logs);
    writeFileSync(jobFile, job);
    const r = spawnSync('npx', ['tsx', 'scripts/doctor.ts', '--now', world.runtime.now().toISOString(), logsFile, jobFile], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(c.exitCode);
    expect(r.stdout).toContain(`(${c.finding})`);
    expect(r.stdout).toContain(c.fixSays);
  });

  it('lifts the quarantine once the fix is in: the new Secret Token pasted, the next cycle succeeds', async () => {
    await cycleFor('provisioning-invalid-token');
    const app = world.runtime.state.apps.find((a) => a.name === 'JustCall' && a.cloud === 'public');
    if (!app) throw new Error('no JustCall app');
    expect(app.provisioning.job?.code).toBe('Quarantine');
    app.provisioning.secretToken = world.runtime.state.justcall.scim.secretToken;
    await worldRequest(world.port, 'https://app.justcall.io/__world/provisioning/run', { method: 'POST', json: {} });
    expect(app.provisioning.job?.code).toBe('Active');
    const a = analyseProvisioningFiles([{ name: 'job.json', text: await get(`/apps/${app.objectId}/provisioning/job`) }]);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('Provision on demand: the portal’s four steps, and Graph’s result that the doctor reads as on-demand', async () => {
    await cycleFor('provisioning-out-of-scope');
    const app = world.runtime.state.apps.find((a) => a.name === 'JustCall' && a.cloud === 'public');
    if (!app) throw new Error('no JustCall app');
    const res = await worldRequest(world.port, `${ENTRA}/api/entra/apps/${app.objectId}/provisioning/on-demand`, {
      method: 'POST',
      json: { user: 'alex.wilber@contoso.com' },
    });
    expect(res.status).toBe(200);
    const out = z
      .object({
        graph: z.object({ key: z.string(), value: z.string() }),
        steps: z.array(z.object({ title: z.string(), status: z.string() })),
      })
      .parse(JSON.parse(res.body));
    expect(out.steps.map((s) => s.title)).toEqual(['Import user', 'Determine if user is in scope']);
    expect(out.steps[1]?.status).toBe('Skipped');
    const a = analyseProvisioningFiles([{ name: 'pod.json', text: JSON.stringify(out.graph) }]);
    expect(a.kind).toBe('on-demand');
    expect(a.findings[0]?.id).toBe('provisioning.not-assigned');

    const missing = await worldRequest(world.port, `${ENTRA}/api/entra/apps/${app.objectId}/provisioning/on-demand`, {
      method: 'POST',
      json: { user: 'nobody@contoso.com' },
    });
    expect(missing.status).toBe(404);
  });
});
