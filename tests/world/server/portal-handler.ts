import { CLOUD_IDS, CLOUDS, cloudOfHost } from './clouds';
import type { WorldHandler, WorldRequest } from './http';
import { WORLD_HOSTS } from './http';
import { handleEntraApi, handleJustCallApi } from './portal-api/index';
import { ASSET_PREFIX, sendAsset, sendEmptyHostingPage, sendPage } from './portal-pages';
import { langOfLocale, type PortalConfig } from './ui-options';

/**
 * The portal UIs on their real host names:
 * - the portal shells (entra.microsoft.com, portal.azure.com, and Azure China's
 *   portal.azure.cn and entra.microsoftonline.cn), hash-routed. With
 *   portalUi 'classic' the public cloud gets the first drawing; otherwise (and
 *   always in China) the Ibiza-style shell, whose Knockout blades draw in the
 *   top document and whose React views load from the sandbox hosts;
 * - the classic drawing's iframes: sso.reactblade.portal.azure.net/blade and
 *   provisioning.reactblade.portal.azure.net/provisioning/admin-credentials (a nested frame on a
 *   React-view host: the evidence has the real hosting frames empty);
 * - the Ibiza drawing's React views (any sandbox host, /ReactView/...) and
 *   hosting iframes (empty pages);
 * - app.justcall.io: /login and /app/** (the JustCall SPA). /saml/** there is the identity side's.
 * Every one of these hosts also serves the JSON API its pages call (same origin, no CORS).
 */

const PORTAL_HOSTS = new Set<string>(CLOUD_IDS.flatMap((id) => [...CLOUDS[id].portalHosts]));
const REACT_VIEW_HOSTS = new Set<string>(CLOUD_IDS.flatMap((id) => [...CLOUDS[id].reactViewHosts]));
const HOSTING_HOSTS = new Set<string>(CLOUD_IDS.flatMap((id) => [...CLOUDS[id].hostingHosts]));
const CLASSIC_HOSTS = new Set<string>([WORLD_HOSTS.reactblade, WORLD_HOSTS.adminCredentials]);

function isEntraFamily(host: string): boolean {
  return PORTAL_HOSTS.has(host) || REACT_VIEW_HOSTS.has(host) || HOSTING_HOSTS.has(host) || CLASSIC_HOSTS.has(host);
}

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

function portalConfig(r: WorldRequest): PortalConfig {
  return { ui: { ...r.world.ui }, cloud: cloudOfHost(r.host) ?? 'public' };
}

function productName(host: string): string {
  return host.startsWith('portal.') ? 'Microsoft Azure' : 'Microsoft Entra admin center';
}

async function entraFamily(r: WorldRequest): Promise<boolean> {
  const { host, url, world } = r;
  if (url.pathname.startsWith('/api/entra/')) return handleEntraApi(r);
  if (r.method !== 'GET' && r.method !== 'HEAD') return false;
  if (url.pathname === '/favicon.ico') return noFavicon(r);
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    await sendAsset(r.res, url.pathname);
    return true;
  }
  const lang = world.ui.portalLang;
  if (PORTAL_HOSTS.has(host)) {
    if (url.pathname !== '/' && url.pathname !== '/index.html') return false;
    const classic = world.ui.portalUi === 'classic' && cloudOfHost(host) === 'public';
    if (classic) sendPage(r.res, 'entra-shell', productName(host));
    else sendPage(r.res, 'ibiza-shell', productName(host), { lang, config: portalConfig(r) });
    return true;
  }
  if (host === WORLD_HOSTS.reactblade && url.pathname === '/blade') {
    sendPage(r.res, 'entra-blades', 'ReactView');
    return true;
  }
  if (host === WORLD_HOSTS.adminCredentials && url.pathname === '/provisioning/admin-credentials') {
    sendPage(r.res, 'hosting-provisioning', 'Provisioning');
    return true;
  }
  if (REACT_VIEW_HOSTS.has(host) && url.pathname.startsWith('/ReactView/')) {
    // The shell passes the locale (?l=de-de); without it the frame follows the world's language.
    const frameLang = langOfLocale(url.searchParams.get('l')) ?? lang;
    sendPage(r.res, 'reactview', 'ReactView', { lang: frameLang, config: portalConfig(r) });
    return true;
  }
  if (HOSTING_HOSTS.has(host)) {
    sendEmptyHostingPage(r.res, lang);
    return true;
  }
  return false;
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
  if (isEntraFamily(r.host)) return entraFamily(r);
  if (r.host === WORLD_HOSTS.justcall) return justcall(r);
  return false;
};
