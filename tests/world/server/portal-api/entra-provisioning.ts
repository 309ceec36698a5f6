import { z } from 'zod';
import { runProvisioningCycle, testScimConnection } from '../store';
import { appOr404, sendApp } from './entra-app-lookup';
import { readBody, sendError, sendJson, type ApiRoute } from './router';
import { ProvisioningBodySchema, ScimTestBodySchema, type TestConnectionResult } from './views';

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

/** Provisioning: save, Test Connection, and run a cycle now (the real one runs every 40 minutes). */
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
      if (!body.tenantUrl || !body.secretToken) {
        result = { ok: false, message: 'Enter the Tenant URL and Secret Token before testing the connection.' };
      } else {
        try {
          result = toResult(await testScimConnection(r.world, body.tenantUrl, body.secretToken));
        } catch (e) {
          result = toResult({ ok: false, message: e instanceof Error ? e.message : String(e) });
        }
      }
      app.provisioning.lastTestResult = result.ok ? 'success' : 'failure';
      sendJson(r.res, 200, result);
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
