import { appRoute, formatHash, type AppSection, type Route } from '../route';
import type { AppDetail } from '../../../server/portal-api/views';

type Item = { label: string; section?: AppSection } | { heading: string };

const APP_MENU: Item[] = [
  { label: 'Overview', section: 'Overview' },
  { label: 'Deployment Plan' },
  { label: 'Diagnose and solve problems' },
  { heading: 'Manage' },
  { label: 'Properties' },
  { label: 'Owners' },
  { label: 'Roles and administrators' },
  { label: 'Users and groups', section: 'UsersAndGroups' },
  { label: 'Single sign-on', section: 'SignOn' },
  { label: 'Provisioning', section: 'Provisioning' },
  { label: 'Application proxy' },
  { label: 'Self-service' },
  { label: 'Custom security attributes' },
  { heading: 'Security' },
  { label: 'Conditional Access' },
  { label: 'Permissions' },
  { heading: 'Activity' },
  { label: 'Sign-in logs' },
  { label: 'Provisioning logs' },
];

/** The app's resource menu (Overview, Users and groups, Single sign-on, Provisioning, ...). */
export function AppMenu({ route, app }: { route: Extract<Route, { blade: 'app' }>; app: AppDetail | null }) {
  const ids = app ?? { objectId: route.objectId, appId: route.appId };
  return (
    <nav className="blade-menu" aria-label="Application menu">
      {APP_MENU.map((item, i) => {
        if ('heading' in item)
          return (
            <div key={i} className="menu-heading">
              {item.heading}
            </div>
          );
        if (!item.section)
          return (
            <span key={i} className="menu-item disabled" aria-disabled="true">
              {item.label}
            </span>
          );
        const current = item.section === route.section;
        const href = formatHash(appRoute(ids, item.section, item.section === 'SignOn' && app?.ssoMode === 'saml'));
        return (
          <a key={i} href={href} className={`menu-item${current ? ' current' : ''}`} aria-current={current ? 'page' : undefined}>
            {item.label}
          </a>
        );
      })}
    </nav>
  );
}

const APPS_MENU = [
  'Overview',
  'Manage',
  'All applications',
  'Private Network connectors',
  'User settings',
  'App launchers',
  'Custom authentication extensions',
  'Security',
  'Conditional Access',
  'Consent and permissions',
  'Activity',
  'Sign-in logs',
  'Usage & insights',
  'Audit logs',
  'Provisioning logs',
];

export function EnterpriseAppsMenu() {
  return (
    <nav className="blade-menu" aria-label="Enterprise applications menu">
      {APPS_MENU.map((label) =>
        ['Manage', 'Security', 'Activity'].includes(label) ? (
          <div key={label} className="menu-heading">
            {label}
          </div>
        ) : label === 'All applications' ? (
          <a key={label} href={formatHash({ blade: 'enterpriseApps' })} className="menu-item current" aria-current="page">
            {label}
          </a>
        ) : (
          <span key={label} className="menu-item disabled" aria-disabled="true">
            {label}
          </span>
        ),
      )}
    </nav>
  );
}
