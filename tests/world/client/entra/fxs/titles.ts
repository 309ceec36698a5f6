/** What the shell draws around a blade: its title, subtitle, breadcrumbs and the app's resource menu. Pure. */
import type { AppDetail } from '../../../server/portal-api/views';
import { appRoute, formatHash, type AppSection, type Route } from '../route';
import type { StringKey, T } from '../ibiza/strings';
import type { ViewId } from '../ibiza/views';

export function bladeTitle(route: Route, app: AppDetail | null, t: T): { title: string; subtitle: string } {
  const name = app?.name ?? '…';
  switch (route.blade) {
    case 'home':
      return { title: t('home'), subtitle: '' };
    case 'enterpriseApps':
      return { title: `${t('enterpriseApps')} | ${t('allApplications')}`, subtitle: '' };
    case 'gallery':
      return { title: t('browseGallery'), subtitle: '' };
    case 'addAssignment':
      return { title: t('addAssignment'), subtitle: name };
    case 'claims':
      return { title: t('attributesClaims'), subtitle: name };
    case 'app': {
      const saml = route.samlMode || app?.ssoMode === 'saml';
      const section: Record<AppSection, string> = {
        Overview: t('overview'),
        UsersAndGroups: t('usersAndGroups'),
        SignOn: saml ? t('samlBasedSignOn') : t('singleSignOn'),
        Provisioning: t('provisioning'),
      };
      return { title: `${name} | ${section[route.section]}`, subtitle: t('enterpriseApplication') };
    }
  }
}

/** Context panes' titles, drawn by the shell outside the view (evidence 2). */
export function paneTitle(view: ViewId, t: T): string {
  const titles: Partial<Record<ViewId, StringKey>> = {
    CreateOwnApplication: 'createOwnApp',
    BasicSamlConfiguration: 'basicSaml',
    SamlCertificates: 'samlSigningCertificate',
    ManageClaim: 'manageClaim',
    PrincipalPicker: 'usersAndGroups',
  };
  const key = titles[view];
  return key ? t(key) : view;
}

export interface Crumb {
  label: string;
  href: string | null;
}

export function breadcrumbs(route: Route, app: AppDetail | null, t: T): Crumb[] {
  const crumbs: Crumb[] = [{ label: t('home'), href: '#home' }];
  if (route.blade === 'home') return crumbs;
  crumbs.push({ label: `${t('enterpriseApps')} | ${t('allApplications')}`, href: formatHash({ blade: 'enterpriseApps' }) });
  const name = app?.name ?? '…';
  if (route.blade === 'gallery') crumbs.push({ label: t('browseGallery'), href: null });
  if (route.blade === 'app') crumbs.push({ label: name, href: app ? formatHash(appRoute(app, 'Overview')) : null });
  if (route.blade === 'addAssignment')
    crumbs.push({ label: `${name} | ${t('usersAndGroups')}`, href: app ? formatHash(appRoute(app, 'UsersAndGroups')) : null });
  if (route.blade === 'claims')
    crumbs.push({ label: `${name} | ${t('samlBasedSignOn')}`, href: app ? formatHash(appRoute(app, 'SignOn', true)) : null });
  return crumbs;
}

export interface MenuItem {
  label: string;
  href: string | null;
  heading: boolean;
  current: boolean;
}

/** The app's resource menu; only the sections the world draws are links. */
export function appMenu(route: Extract<Route, { blade: 'app' }>, app: AppDetail | null, t: T): MenuItem[] {
  const ids = app ?? { objectId: route.objectId, appId: route.appId };
  const link = (label: string, section: AppSection): MenuItem => ({
    label,
    href: formatHash(appRoute(ids, section, section === 'SignOn' && app?.ssoMode === 'saml')),
    heading: false,
    current: route.section === section,
  });
  const plain = (label: string): MenuItem => ({ label, href: null, heading: false, current: false });
  const heading = (label: string): MenuItem => ({ label, href: null, heading: true, current: false });
  return [
    link(t('overview'), 'Overview'),
    plain('Deployment Plan'),
    heading(t('manage')),
    plain(t('properties')),
    plain('Owners'),
    link(t('usersAndGroups'), 'UsersAndGroups'),
    link(t('singleSignOn'), 'SignOn'),
    link(t('provisioning'), 'Provisioning'),
    plain('Application proxy'),
    plain('Self-service'),
    heading('Security'),
    plain('Conditional Access'),
    plain('Permissions'),
    heading('Activity'),
    plain('Sign-in logs'),
    plain('Provisioning logs'),
  ];
}

/** The view that draws a main blade's content. */
export function mainViewOf(route: Route, app: AppDetail | null, provisioningUi: 'classic' | 'new'): ViewId | null {
  switch (route.blade) {
    case 'home':
      return null;
    case 'enterpriseApps':
      return 'EnterpriseAppsList';
    case 'gallery':
      return 'AppGallery';
    case 'addAssignment':
      return 'AddAssignment';
    case 'claims':
      return 'AttributesAndClaims';
    case 'app':
      switch (route.section) {
        case 'Overview':
          return 'AppOverview';
        case 'UsersAndGroups':
          return 'UsersAndGroups';
        case 'SignOn':
          return route.samlMode || app?.ssoMode === 'saml' ? 'SamlConfiguration' : 'SingleSignOnMethods';
        case 'Provisioning':
          return provisioningUi === 'new' ? 'ProvisioningNew' : 'ProvisioningClassic';
      }
  }
}
