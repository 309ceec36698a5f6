// The named hosts the extension works on, and the portals they belong to. Kept in one
// place so the manifest, the content-script matches, the sender checks and the
// recorder's filters cannot drift apart.

/** The two portals the setup assistant works across. */
export const PORTALS = ['entra', 'justcall'] as const;
export type PortalName = (typeof PORTALS)[number];

export const ENTRA_ORIGIN = 'https://entra.microsoft.com';
export const LOGIN_HOST = 'login.microsoftonline.com';
export const LOGIN_ORIGIN = `https://${LOGIN_HOST}`;
/** The host of the SAML Issuer Entra's public cloud signs as (https://sts.windows.net/{tenant}/). */
export const ISSUER_HOST = 'sts.windows.net';
export const JUSTCALL_APP_ORIGIN = 'https://app.justcall.io';

/** The admin center's top-level pages (entra.microsoft.com and portal.azure.com are the same shell). */
export const ADMIN_CENTER_MATCHES = ['https://entra.microsoft.com/*', 'https://portal.azure.com/*'] as const;

/** The shell's React views, in iframes named `<View>.ReactView` (public userscripts also match -ms and -rc). */
export const VIEW_FRAME_MATCHES = [
  'https://*.reactblade.portal.azure.net/*',
  'https://*.reactblade-ms.portal.azure.net/*',
  'https://*.reactblade-rc.portal.azure.net/*',
] as const;

/** Portal extensions' hosting frames: usually empty, and home to many teams' code. */
export const HOSTING_FRAME_MATCHES = ['https://*.hosting.portal.azure.net/*'] as const;

export const ENTRA_PAGE_MATCHES = [...ADMIN_CENTER_MATCHES, ...VIEW_FRAME_MATCHES, ...HOSTING_FRAME_MATCHES] as const;

export const JUSTCALL_PAGE_MATCHES = [`${JUSTCALL_APP_ORIGIN}/*`] as const;

export const LOGIN_MATCHES = [`${LOGIN_ORIGIN}/*`] as const;

/** JustCall's ACS lives on bifrost.justcall.io; the recorder watches all JustCall hosts. */
export const JUSTCALL_ALL_HOSTS = ['https://*.justcall.io/*'] as const;

export const HOST_PERMISSIONS = [...ENTRA_PAGE_MATCHES, ...LOGIN_MATCHES, ...JUSTCALL_ALL_HOSTS] as const;

/** An ACS on another host is recorded only after the admin grants that host. */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*'] as const;

/**
 * Whether a URL falls under a manifest match pattern of the shapes used above
 * (`https://host/*`, `https://*.domain/*`). A wildcard matches one or more
 * labels, as Chrome's `*.` does, never the bare domain's look-alikes.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https):\/\/(\*\.)?([^/*]+)\/(.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== `${m[1]}:` || u.username !== '' || u.password !== '') return false;
  const host = u.hostname.toLowerCase();
  const domain = (m[3] ?? '').toLowerCase();
  const hostOk = m[2] ? host.endsWith(`.${domain}`) : host === domain;
  if (!hostOk) return false;
  const path = m[4] ?? '';
  return path === '*' || u.pathname.startsWith(`/${path.replace(/\*$/, '')}`);
}

export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}

/** The portal whose pages a URL belongs to, or null for any other page. */
export function portalOfUrl(url: string | undefined): PortalName | null {
  if (!url) return null;
  if (matchesAny(ENTRA_PAGE_MATCHES, url)) return 'entra';
  if (matchesAny(JUSTCALL_PAGE_MATCHES, url)) return 'justcall';
  return null;
}

/** A page of Entra's sign-in service (error pages, the Redirect binding's requests). */
export function isLoginUrl(url: string | undefined): boolean {
  return !!url && matchesAny(LOGIN_MATCHES, url);
}
