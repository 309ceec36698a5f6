import { createApp, directoryOf } from '../store';
import { hasErrors, normaliseRows, validateBasicSaml } from './basic-saml-rules';
import { appOr404, cloudOfRequest, sendApp } from './entra-app-lookup';
import { allPrincipals, appSummary, tenantView } from './entra-views';
import { readBody, sendError, sendJson, type ApiRoute } from './router';
import { AssignBodySchema, BasicSamlBodySchema, CreateAppBodySchema, SsoModeBodySchema } from './views';

/** Tenant, app list, app creation, SSO mode, Basic SAML Configuration, users and groups. */
export const entraAppRoutes: ApiRoute[] = [
  { method: 'GET', pattern: '/api/entra/tenant', handle: (r) => sendJson(r.res, 200, tenantView(r.world.state, cloudOfRequest(r))) },
  {
    method: 'GET',
    pattern: '/api/entra/apps',
    handle: (r) => {
      const cloud = cloudOfRequest(r);
      sendJson(r.res, 200, { apps: r.world.state.apps.filter((a) => a.cloud === cloud).map(appSummary) });
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps',
    handle: async (r) => {
      const body = readBody(r, CreateAppBodySchema);
      if (!body) return;
      if (body.kind !== 'nonGallery') {
        sendError(r.res, 400, 'Only non-gallery applications can be created in this tenant.');
        return;
      }
      const app = await createApp(r.world, body.name, cloudOfRequest(r));
      sendApp(r, app);
    },
  },
  {
    method: 'GET',
    pattern: '/api/entra/apps/:id',
    handle: (r, p) => {
      const app = appOr404(r, p);
      if (app) sendApp(r, app);
    },
  },
  {
    method: 'PUT',
    pattern: '/api/entra/apps/:id/sso-mode',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, SsoModeBodySchema);
      if (!app || !body) return;
      app.ssoMode = body.mode;
      sendApp(r, app);
    },
  },
  {
    method: 'PUT',
    pattern: '/api/entra/apps/:id/saml/basic',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, BasicSamlBodySchema);
      if (!app || !body) return;
      const errors = validateBasicSaml(body);
      if (hasErrors(errors)) {
        sendJson(r.res, 400, { error: 'Basic SAML Configuration has errors.', fields: errors });
        return;
      }
      app.identifiers = normaliseRows(body.identifiers);
      app.replyUrls = normaliseRows(body.replyUrls);
      app.signOnUrl = body.signOnUrl.trim();
      app.relayState = body.relayState.trim();
      app.logoutUrl = body.logoutUrl.trim();
      app.ssoMode = 'saml';
      sendApp(r, app);
    },
  },
  {
    method: 'GET',
    pattern: '/api/entra/directory',
    handle: (r) => sendJson(r.res, 200, { principals: allPrincipals(r.world.state, cloudOfRequest(r)) }),
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/assignments',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, AssignBodySchema);
      if (!app || !body) return;
      const dir = directoryOf(r.world.state, app.cloud);
      const unknown = body.principalIds.filter((id) => !dir.users.some((u) => u.id === id) && !dir.groups.some((g) => g.id === id));
      if (unknown.length) {
        sendError(r.res, 400, `Unknown user or group: ${unknown.join(', ')}`);
        return;
      }
      for (const id of body.principalIds) if (!app.assignments.includes(id)) app.assignments.push(id);
      sendApp(r, app);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/entra/apps/:id/assignments/:principalId',
    handle: (r, p) => {
      const app = appOr404(r, p);
      if (!app) return;
      app.assignments = app.assignments.filter((id) => id !== p.principalId);
      sendApp(r, app);
    },
  },
];
