import { randomUUID } from 'node:crypto';
import { appOr404, sendApp } from './entra-app-lookup';
import { readBody, sendError, type ApiRoute } from './router';
import { ClaimBodySchema, NameIdBodySchema } from './views';

/** Attributes & Claims: the Name ID source and the additional claims. */
export const entraClaimRoutes: ApiRoute[] = [
  {
    method: 'PUT',
    pattern: '/api/entra/apps/:id/saml/nameid',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, NameIdBodySchema);
      if (!app || !body) return;
      app.nameIdSourceAttribute = body.sourceAttribute;
      sendApp(r, app);
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/claims',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, ClaimBodySchema);
      if (!app || !body) return;
      if (app.claims.some((c) => c.name === body.name && c.namespace === body.namespace)) {
        sendError(r.res, 409, 'A claim with this name and namespace already exists.');
        return;
      }
      app.claims.push({ id: randomUUID(), ...body });
      sendApp(r, app);
    },
  },
  {
    method: 'PUT',
    pattern: '/api/entra/apps/:id/claims/:claimId',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, ClaimBodySchema);
      if (!app || !body) return;
      const claim = app.claims.find((c) => c.id === p.claimId);
      if (!claim) {
        sendError(r.res, 404, 'That claim no longer exists.');
        return;
      }
      if (app.claims.some((c) => c.id !== claim.id && c.name === body.name && c.namespace === body.namespace)) {
        sendError(r.res, 409, 'A claim with this name and namespace already exists.');
        return;
      }
      Object.assign(claim, body);
      sendApp(r, app);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/entra/apps/:id/claims/:claimId',
    handle: (r, p) => {
      const app = appOr404(r, p);
      if (!app) return;
      app.claims = app.claims.filter((c) => c.id !== p.claimId);
      sendApp(r, app);
    },
  },
];
