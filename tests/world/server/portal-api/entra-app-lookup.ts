import { cloudOfHost, type CloudId } from '../clouds';
import { findApp } from '../store';
import type { WorldRequest } from '../http';
import type { EntraApp } from '../state';
import { sendError, sendJson } from './router';
import { appDetail } from './entra-views';

/** The cloud whose tenant a portal request speaks for, from its host (the public cloud for unknown hosts). */
export function cloudOfRequest(r: WorldRequest): CloudId {
  return cloudOfHost(r.host) ?? 'public';
}

/** The app named by the route's :id in the request's tenant, or a 404 already sent. */
export function appOr404(r: WorldRequest, params: Record<string, string>): EntraApp | null {
  const found = findApp(r.world.state, params.id ?? '');
  const app = found && found.cloud === cloudOfRequest(r) ? found : undefined;
  if (!app) sendError(r.res, 404, `No application with id ${params.id ?? ''} in this tenant.`);
  return app ?? null;
}

/** Every mutation answers with the app as it now is, so the UI re-renders from the server. */
export function sendApp(r: WorldRequest, app: EntraApp): void {
  sendJson(r.res, 200, appDetail(r.world.state, app));
}
