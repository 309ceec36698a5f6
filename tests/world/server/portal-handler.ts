import type { WorldHandler, WorldRequest } from './http';
import { WORLD_HOSTS } from './http';
import { handleEntraApi, handleJustCallApi } from './portal-api/index';
import { ASSET_PREFIX, sendAsset, sendPage } from './portal-pages';

/**
 * The portal UIs on their real host names:
 * - entra.microsoft.com and portal.azure.com: the portal shell (hash-routed);
 * - sso.reactblade.portal.azure.net/blade: React blade content (iframe);
 * - provisioning.hosting.portal.azure.net/provisioning/admin-credentials: the Knockout-style form (iframe);
 * - app.justcall.io: /login and /app/** (the JustCall SPA). /saml/** there is the identity side's.
 * Every one of these hosts also serves the JSON API its pages call (same origin, no CORS).
 */

const ENTRA_FAMILY = new Set<string>([WORLD_HOSTS.entra, WORLD_HOSTS.azurePortal, WORLD_HOSTS.reactblade, WORLD_HOSTS.hosting]);

function redirect(r: WorldRequest, location: string): true {
  r.res.writeHead(302, { location });
  r.res.end();
  return true;
}

function noFavicon(r: WorldRequest): true {
  r.res.writeHead(204);
  r.res.end();
  return true;
}

async function entraFamily(r: WorldRequest): Promise<boolean> {
  if (r.url.pathname.startsWith('/api/entra/')) return handleEntraApi(r);
  if (r.method !== 'GET' && r.method !== 'HEAD') return false;
  if (r.url.pathname === '/favicon.ico') return noFavicon(r);
  if (r.url.pathname.startsWith(ASSET_PREFIX)) {
    await sendAsset(r.res, r.url.pathname);
    return true;
  }
  switch (r.host) {
    case WORLD_HOSTS.entra:
    case WORLD_HOSTS.azurePortal:
      if (r.url.pathname !== '/' && r.url.pathname !== '/index.html') return false;
      sendPage(r.res, 'entra-shell', r.host === WORLD_HOSTS.entra ? 'Microsoft Entra admin center' : 'Microsoft Azure');
      return true;
    case WORLD_HOSTS.reactblade:
      if (r.url.pathname !== '/blade') return false;
      sendPage(r.res, 'entra-blades', 'ReactView');
      return true;
    case WORLD_HOSTS.hosting:
      if (r.url.pathname !== '/provisioning/admin-credentials') return false;
      sendPage(r.res, 'hosting-provisioning', 'Provisioning');
      return true;
    default:
      return false;
  }
}

async function justcall(r: WorldRequest): Promise<boolean> {
  const p = r.url.pathname;
  if (p.startsWith('/api/justcall/')) return handleJustCallApi(r);
  if (r.method !== 'GET' && r.method !== 'HEAD') return false;
  if (p.startsWith(ASSET_PREFIX)) {
    await sendAsset(r.res, p);
    return true;
  }
  if (p === '/favicon.ico') return noFavicon(r);
  if (p === '/') return redirect(r, '/login');
  if (p === '/login' || p === '/app' || p.startsWith('/app/')) {
    sendPage(r.res, 'justcall', 'JustCall');
    return true;
  }
  return false;
}

export const portalHandler: WorldHandler = async (r) => {
  if (ENTRA_FAMILY.has(r.host)) return entraFamily(r);
  if (r.host === WORLD_HOSTS.justcall) return justcall(r);
  return false;
};
