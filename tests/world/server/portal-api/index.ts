import type { WorldRequest } from '../http';
import { entraAppRoutes } from './entra-apps';
import { entraCertRoutes } from './entra-certs';
import { entraClaimRoutes } from './entra-claims';
import { entraProvisioningRoutes } from './entra-provisioning';
import { justcallAccountRoutes } from './justcall-account';
import { justcallSsoRoutes } from './justcall-sso';
import { dispatch, sendError } from './router';

const entraRoutes = [...entraAppRoutes, ...entraClaimRoutes, ...entraCertRoutes, ...entraProvisioningRoutes];
const justcallRoutes = [...justcallSsoRoutes, ...justcallAccountRoutes];

/** The Entra API is served on every Entra host (shell and iframe origins): one server, same-origin fetches. */
export async function handleEntraApi(r: WorldRequest): Promise<boolean> {
  if (!r.url.pathname.startsWith('/api/entra/')) return false;
  if (await dispatch(entraRoutes, r)) return true;
  sendError(r.res, 404, `No portal API at ${r.method} ${r.url.pathname}`);
  return true;
}

export async function handleJustCallApi(r: WorldRequest): Promise<boolean> {
  if (!r.url.pathname.startsWith('/api/justcall/')) return false;
  if (await dispatch(justcallRoutes, r)) return true;
  sendError(r.res, 404, `No JustCall API at ${r.method} ${r.url.pathname}`);
  return true;
}
