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

/**
 * Microsoft's clouds (portal-i18n-and-clouds.md §2). The public cloud's hosts are
 * the manifest's; a sovereign cloud's are asked for only when the admin opts in
 * (optional host permissions, content scripts registered at run time).
 */
export const CLOUD_IDS = ['public', 'usgov', 'china'] as const;
export type CloudId = (typeof CLOUD_IDS)[number];

export interface CloudHosts {
  label: string;
  /** The Azure portal and the Entra admin center: the shell's top document. */
  adminCenterMatches: readonly string[];
  /** The shell's React-view iframes. */
  viewFrameMatches: readonly string[];
  /** Portal extensions' hosting iframes. */
  hostingFrameMatches: readonly string[];
  /** Entra's sign-in service: Login URL, federation metadata, error pages. */
  loginHost: string;
  /** The host of the SAML issuer ("Microsoft Entra Identifier"), https://{host}/{tenant}/. */
  issuerHost: string;
  /** Where the side panel's links into the admin center go. */
  entraOrigin: string;
}

export const CLOUDS: Readonly<Record<CloudId, CloudHosts>> = {
  public: {
    label: 'Public (global) cloud',
    adminCenterMatches: ADMIN_CENTER_MATCHES,
    viewFrameMatches: VIEW_FRAME_MATCHES,
    hostingFrameMatches: HOSTING_FRAME_MATCHES,
    loginHost: LOGIN_HOST,
    issuerHost: ISSUER_HOST,
    entraOrigin: ENTRA_ORIGIN,
  },
  usgov: {
    label: 'Azure Government (GCC High, DoD)',
    adminCenterMatches: ['https://entra.microsoft.us/*', 'https://portal.azure.us/*'],
    // Not documented: only the wildcards *.azure.us / *.usgovcloudapi.net are. Named after the hosting
    // service's domain, as the public reactblade host is after portal.azure.net; unverified.
    viewFrameMatches: ['https://*.reactblade.azureportal.usgovcloudapi.net/*'],
    hostingFrameMatches: ['https://*.hosting.azureportal.usgovcloudapi.net/*'],
    loginHost: 'login.microsoftonline.us',
    // No Microsoft document names a Government SAML issuer; a third-party note says it is the public one.
    issuerHost: ISSUER_HOST,
    entraOrigin: 'https://entra.microsoft.us',
  },
  china: {
    label: 'Azure China (21Vianet)',
    adminCenterMatches: ['https://entra.microsoftonline.cn/*', 'https://portal.azure.cn/*'],
    // Not documented (only *.chinacloudapi.cn is): the shape the simulated world draws, and the one named
    // after the hosting service's domain. Both unverified; never the whole *.chinacloudapi.cn, customers' storage lives there.
    viewFrameMatches: ['https://*.reactblade.portal.chinacloudapi.cn/*', 'https://*.reactblade.azureportal.chinacloudapi.cn/*'],
    hostingFrameMatches: ['https://*.hosting.azureportal.chinacloudapi.cn/*'],
    loginHost: 'login.partner.microsoftonline.cn',
    issuerHost: 'sts.chinacloudapi.cn',
    entraOrigin: 'https://entra.microsoftonline.cn',
  },
};

export function entraPageMatchesOf(cloud: CloudId): string[] {
  const c = CLOUDS[cloud];
  return [...c.adminCenterMatches, ...c.viewFrameMatches, ...c.hostingFrameMatches];
}

export function loginMatchesOf(cloud: CloudId): string[] {
  return [`https://${CLOUDS[cloud].loginHost}/*`];
}

/** What opting in to a sovereign cloud asks Chrome for; nothing for the public cloud, whose hosts the manifest names. */
export function cloudOrigins(cloud: CloudId): string[] {
  return cloud === 'public' ? [] : [...entraPageMatchesOf(cloud), ...loginMatchesOf(cloud)];
}

// Marked pure so content scripts that import one constant from here do not carry these tables.
const SOVEREIGN_CLOUDS = /* @__PURE__ */ CLOUD_IDS.filter((c) => c !== 'public');

/** Every sovereign origin, declared optional so the opt-in can ask for it. */
export const SOVEREIGN_ORIGINS: readonly string[] = /* @__PURE__ */ SOVEREIGN_CLOUDS.flatMap(cloudOrigins);

const everyCloud = (pick: (c: CloudHosts) => readonly string[]): string[] => CLOUD_IDS.flatMap((id) => [...pick(CLOUDS[id])]);

/** The admin center, view and hosting frames of every cloud: recognised wherever a content script was let run. */
export const ALL_ADMIN_CENTER_MATCHES: readonly string[] = /* @__PURE__ */ everyCloud((c) => c.adminCenterMatches);
export const ALL_VIEW_FRAME_MATCHES: readonly string[] = /* @__PURE__ */ everyCloud((c) => c.viewFrameMatches);
export const ALL_HOSTING_FRAME_MATCHES: readonly string[] = /* @__PURE__ */ everyCloud((c) => c.hostingFrameMatches);
export const ALL_ENTRA_PAGE_MATCHES: readonly string[] = /* @__PURE__ */ CLOUD_IDS.flatMap(entraPageMatchesOf);
export const ALL_LOGIN_MATCHES: readonly string[] = /* @__PURE__ */ CLOUD_IDS.flatMap(loginMatchesOf);
export const ALL_LOGIN_HOSTS: readonly string[] = /* @__PURE__ */ CLOUD_IDS.map((id) => CLOUDS[id].loginHost);
export const ALL_ISSUER_HOSTS: readonly string[] = /* @__PURE__ */ [...new Set(CLOUD_IDS.map((id) => CLOUDS[id].issuerHost))];

/**
 * The names Entra's sign-in service answers under in each cloud, aliases included
 * (login.windows.net, login.chinacloudapi.cn, …): the only senders of a genuine SAML Response.
 */
export const SIGN_IN_HOST_ALIASES: readonly string[] = [
  ...ALL_LOGIN_HOSTS,
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.de',
  'login.chinacloudapi.cn',
];

/** Whether a host name is one of Entra's sign-in hosts, in any cloud (or, when asked, a subdomain of one). */
export function isSignInHost(host: string, subdomains = false): boolean {
  const h = host.toLowerCase();
  return SIGN_IN_HOST_ALIASES.some((a) => h === a || (subdomains && h.endsWith(`.${a}`)));
}

/** An ACS on another host is recorded only after the admin grants that host; the sovereign clouds' hosts after the admin opts in. */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', ...SOVEREIGN_ORIGINS] as const;

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
  if (matchesAny(ALL_ENTRA_PAGE_MATCHES, url)) return 'entra';
  if (matchesAny(JUSTCALL_PAGE_MATCHES, url)) return 'justcall';
  return null;
}

/** A page of Entra's sign-in service in any cloud (error pages, the Redirect binding's requests). */
export function isLoginUrl(url: string | undefined): boolean {
  return !!url && matchesAny(ALL_LOGIN_MATCHES, url);
}

/** The cloud whose portal or sign-in service a URL is on, or null for any other page. */
export function cloudOfUrl(url: string | undefined): CloudId | null {
  if (!url) return null;
  return CLOUD_IDS.find((id) => matchesAny([...entraPageMatchesOf(id), ...loginMatchesOf(id)], url)) ?? null;
}
