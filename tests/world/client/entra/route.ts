/**
 * The Entra portal's hash routes, e.g.
 *   #view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview
 *   #view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/{o}/appId/{a}/preferredSingleSignOnMode/saml
 * Pure: shared by the shell and the blade iframes, unit-tested.
 */

export type AppSection = 'Overview' | 'UsersAndGroups' | 'SignOn' | 'Provisioning';
export const APP_SECTIONS: readonly AppSection[] = ['Overview', 'UsersAndGroups', 'SignOn', 'Provisioning'];

export type Route =
  | { blade: 'home' }
  | { blade: 'enterpriseApps' }
  | { blade: 'gallery' }
  | { blade: 'app'; section: AppSection; objectId: string; appId: string; samlMode: boolean }
  | { blade: 'addAssignment'; objectId: string; appId: string }
  | { blade: 'claims'; objectId: string; appId: string };

const EXT = 'Microsoft_AAD_IAM';

export const BLADE_NAMES = {
  enterpriseApps: 'StartboardApplicationsMenuBlade',
  gallery: 'AppGalleryBladeV2',
  app: 'ManagedAppMenuBlade',
  addAssignment: 'AddAppAssignmentBlade',
  claims: 'AttributesAndClaimsBlade',
} as const;

/** key/value pairs after the blade (and menu item) segments. */
function pairs(segments: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < segments.length; i += 2) {
    const k = segments[i];
    const v = segments[i + 1];
    if (k && v !== undefined) out[k] = decodeURIComponent(v);
  }
  return out;
}

export function parseHash(hash: string): Route {
  const clean = hash.replace(/^#/, '');
  const segs = clean.split('/').filter((s) => s !== '');
  if (segs[0] !== 'view' || segs[1] !== EXT) return { blade: 'home' };
  const blade = segs[2];
  let rest = segs.slice(3);
  let menu: string | undefined;
  if (rest[0] === '~') {
    menu = rest[1];
    rest = rest.slice(2);
  }
  const kv = pairs(rest);
  const ids = { objectId: kv.objectId ?? '', appId: kv.appId ?? '' };
  switch (blade) {
    case BLADE_NAMES.enterpriseApps:
      return { blade: 'enterpriseApps' };
    case BLADE_NAMES.gallery:
      return { blade: 'gallery' };
    case BLADE_NAMES.app: {
      if (!ids.objectId) return { blade: 'enterpriseApps' };
      const section = APP_SECTIONS.find((s) => s === menu) ?? 'Overview';
      return { blade: 'app', section, ...ids, samlMode: kv.preferredSingleSignOnMode === 'saml' };
    }
    case BLADE_NAMES.addAssignment:
      return ids.objectId ? { blade: 'addAssignment', ...ids } : { blade: 'enterpriseApps' };
    case BLADE_NAMES.claims:
      return ids.objectId ? { blade: 'claims', ...ids } : { blade: 'enterpriseApps' };
    default:
      return { blade: 'home' };
  }
}

export function formatHash(route: Route): string {
  const ids = (r: { objectId: string; appId: string }) => `objectId/${encodeURIComponent(r.objectId)}/appId/${encodeURIComponent(r.appId)}`;
  switch (route.blade) {
    case 'home':
      return '#home';
    case 'enterpriseApps':
      return `#view/${EXT}/${BLADE_NAMES.enterpriseApps}/~/AppAppsPreview`;
    case 'gallery':
      return `#view/${EXT}/${BLADE_NAMES.gallery}`;
    case 'app': {
      const saml = route.section === 'SignOn' && route.samlMode ? '/preferredSingleSignOnMode/saml' : '';
      return `#view/${EXT}/${BLADE_NAMES.app}/~/${route.section}/${ids(route)}${saml}`;
    }
    case 'addAssignment':
      return `#view/${EXT}/${BLADE_NAMES.addAssignment}/${ids(route)}`;
    case 'claims':
      return `#view/${EXT}/${BLADE_NAMES.claims}/${ids(route)}`;
  }
}

export function appRoute(app: { objectId: string; appId: string }, section: AppSection, samlMode = false): Route {
  return { blade: 'app', section, objectId: app.objectId, appId: app.appId, samlMode };
}

/** The reactblade iframe origin, on the same port as the page (the world may run on a non-default port). */
export function frameOrigin(host: string, loc: { protocol: string; port: string }): string {
  return `${loc.protocol}//${host}${loc.port ? `:${loc.port}` : ''}`;
}

export const REACTBLADE_HOST = 'sso.reactblade.portal.azure.net';
/** The classic drawing's nested Admin Credentials frame (a React-view host: real hosting frames stay empty). */
export const ADMIN_CREDENTIALS_HOST = 'provisioning.reactblade.portal.azure.net';
