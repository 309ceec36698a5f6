import { createHash } from 'node:crypto';
import { z } from 'zod';
import { directoryOf, findUser, runProvisioningCycle, testScimConnection } from '../store';
import { provisionOnDemand } from '../scim/provisioning';
import { jobView } from '../scim/provisioning-log';
import { appOr404, sendApp } from './entra-app-lookup';
import { readBody, sendError, sendJson, type ApiRoute } from './router';
import { NewProvisioningConfigBodySchema, ProvisioningBodySchema, ScimTestBodySchema, type TestConnectionResult } from './views';

export const SCIM_TEST_SUCCESS = 'The supplied credentials are authorized to enable provisioning';

/** Whatever the SCIM side reports, read defensively: it only has to say ok and, ideally, why. */
const ScimOutcomeSchema = z
  .object({ ok: z.boolean(), message: z.string().optional(), error: z.string().optional(), detail: z.string().optional() })
  .loose();

function toResult(outcome: unknown): TestConnectionResult {
  const parsed = ScimOutcomeSchema.safeParse(outcome);
  if (!parsed.success) return { ok: false, message: 'The connection test returned no result.' };
  if (parsed.data.ok) return { ok: true, message: SCIM_TEST_SUCCESS };
  const why = parsed.data.message ?? parsed.data.error ?? parsed.data.detail ?? 'The SCIM endpoint refused the request.';
  return { ok: false, message: why };
}

/** Which credentials a passing test used; the newer flow's Create needs a passing test of the same ones. */
export function credentialsDigest(tenantUrl: string, secretToken: string): string {
  return createHash('sha256').update(`${tenantUrl.trim()}\n${secretToken.trim()}`).digest('hex');
}

export const TEST_BEFORE_CREATE = 'Test the connection with these credentials before creating the configuration.';

/**
 * Provisioning: the classic Save, Test Connection, the newer flow's Create
 * (only after a passing test, provisioning-facts.md §4.2 and §6.2), and a
 * cycle now (the real one runs every 40 minutes).
 */
export const entraProvisioningRoutes: ApiRoute[] = [
  {
    method: 'PUT',
    pattern: '/api/entra/apps/:id/provisioning',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, ProvisioningBodySchema);
      if (!app || !body) return;
      if (body.mode === 'Automatic' && (!body.tenantUrl || !body.secretToken)) {
        sendError(r.res, 400, 'Enter the Tenant URL and Secret Token under Admin Credentials.');
        return;
      }
      if (body.tenantUrl) {
        try {
          new URL(body.tenantUrl);
        } catch {
          sendError(r.res, 400, 'The Tenant URL must be a valid URL.');
          return;
        }
      }
      Object.assign(app.provisioning, body);
      if (body.mode === 'Automatic' && !app.provisioning.configuredAt) app.provisioning.configuredAt = r.world.now().toISOString();
      sendApp(r, app);
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/provisioning/test',
    handle: async (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, ScimTestBodySchema);
      if (!app || !body) return;
      let result: TestConnectionResult;
      if (body.authMethod === 'oauth2') {
        // JustCall's SCIM API takes a bearer token; the world has no OAuth token endpoint for it.
        result = { ok: false, message: 'Failed to obtain an access token from the token endpoint of the application.' };
      } else if (!body.tenantUrl || !body.secretToken) {
        result = { ok: false, message: 'Enter the Tenant URL and Secret Token before testing the connection.' };
      } else {
        try {
          result = toResult(await testScimConnection(r.world, body.tenantUrl, body.secretToken));
        } catch (e) {
          result = toResult({ ok: false, message: e instanceof Error ? e.message : String(e) });
        }
      }
      app.provisioning.lastTestResult = result.ok ? 'success' : 'failure';
      app.provisioning.passedTestDigest = result.ok ? credentialsDigest(body.tenantUrl, body.secretToken) : null;
      sendJson(r.res, 200, result);
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/provisioning/configuration',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, NewProvisioningConfigBodySchema);
      if (!app || !body) return;
      const tested = app.provisioning.passedTestDigest === credentialsDigest(body.tenantUrl, body.secretToken);
      if (body.authMethod !== 'bearer' || !tested) return sendError(r.res, 400, TEST_BEFORE_CREATE);
      Object.assign(app.provisioning, {
        mode: 'Automatic',
        tenantUrl: body.tenantUrl,
        secretToken: body.secretToken,
        status: 'Off',
        lastTestResult: 'success',
        configuredAt: r.world.now().toISOString(),
      });
      sendApp(r, app);
    },
  },
  {
    // Graph's GET /auditLogs/provisioning for this app: provisioningObjectSummary records, newest first.
    method: 'GET',
    pattern: '/api/entra/apps/:id/provisioning/logs',
    handle: (r, p) => {
      const app = appOr404(r, p);
      if (!app) return;
      sendJson(r.res, 200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/provisioning',
        value: [...(app.provisioning.logs ?? [])].reverse(),
      });
    },
  },
  {
    // Graph's GET /servicePrincipals/{id}/synchronization/jobs/{jobId}: the job with its status and quarantine.
    method: 'GET',
    pattern: '/api/entra/apps/:id/provisioning/job',
    handle: (r, p) => {
      const app = appOr404(r, p);
      if (app) sendJson(r.res, 200, jobView(app, directoryOf(r.world.state, app.cloud).tenant.id));
    },
  },
  {
    // Provision on demand (Graph's provisionOnDemand): one user, now, whatever its scope.
    method: 'POST',
    pattern: '/api/entra/apps/:id/provisioning/on-demand',
    handle: async (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, z.object({ user: z.string().min(1) }));
      if (!app || !body) return;
      if (app.provisioning.mode !== 'Automatic') return sendError(r.res, 400, 'Configure provisioning before provisioning on demand.');
      const user = findUser(r.world.state, body.user, app.cloud);
      if (!user) return sendError(r.res, 404, `No user matches "${body.user}".`);
      sendJson(r.res, 200, await provisionOnDemand(r.world, app, user));
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/provisioning/run',
    handle: async (r, p) => {
      const app = appOr404(r, p);
      if (!app) return;
      if (app.provisioning.mode !== 'Automatic' || app.provisioning.status !== 'On') {
        sendError(r.res, 400, 'Set Provisioning Mode to Automatic and Provisioning Status to On first.');
        return;
      }
      await runProvisioningCycle(r.world, app);
      sendApp(r, app);
    },
  },
];
