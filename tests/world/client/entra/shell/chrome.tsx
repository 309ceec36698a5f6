import { appRoute, formatHash, type Route } from '../route';
import type { AppDetail } from '../../../server/portal-api/views';

/** The portal's top bar, left navigation and breadcrumbs (the parts outside the blade). */

export function TopBar({ product, tenantName, domain }: { product: string; tenantName: string; domain: string }) {
  return (
    <header className="topbar">
      <span className="waffle" aria-hidden="true">
        ⋮⋮⋮
      </span>
      <a className="product" href="#home">
        {product}
      </a>
      <div className="topbar-search">
        <input
          type="search"
          aria-label="Search resources, services, and docs (G+/)"
          placeholder="Search resources, services, and docs (G+/)"
        />
      </div>
      <div className="topbar-account" title={domain}>
        <span className="account-name">admin@{domain}</span>
        <span className="account-tenant">{tenantName.toUpperCase()}</span>
      </div>
    </header>
  );
}

function NavLink({ href, label, current, indent }: { href?: string; label: string; current?: boolean; indent: number }) {
  const style = { paddingLeft: 12 + indent * 14 };
  if (!href)
    return (
      <span className="nav-item nav-static" style={style}>
        {label}
      </span>
    );
  return (
    <a className={`nav-item${current ? ' current' : ''}`} style={style} href={href} aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  );
}

export function LeftNav({ route }: { route: Route }) {
  const inApps = route.blade !== 'home';
  return (
    <nav className="leftnav" aria-label="Portal navigation">
      <NavLink href="#home" label="Home" indent={0} current={route.blade === 'home'} />
      <NavLink label="Favorites" indent={0} />
      <div className="nav-group" role="group" aria-label="Identity">
        <span className="nav-item nav-heading">⌄ Identity</span>
        <NavLink label="Overview" indent={1} />
        <NavLink label="Users" indent={1} />
        <NavLink label="Groups" indent={1} />
        <NavLink label="Devices" indent={1} />
        <div className="nav-group" role="group" aria-label="Applications">
          <span className="nav-item nav-heading" style={{ paddingLeft: 26 }}>
            ⌄ Applications
          </span>
          <NavLink href={formatHash({ blade: 'enterpriseApps' })} label="Enterprise applications" indent={2} current={inApps} />
          <NavLink label="App registrations" indent={2} />
        </div>
        <NavLink label="Protection" indent={1} />
        <NavLink label="Identity governance" indent={1} />
        <NavLink label="External Identities" indent={1} />
      </div>
      <NavLink label="Learn & support" indent={0} />
    </nav>
  );
}

interface Crumb {
  label: string;
  href?: string;
}

export function breadcrumbs(route: Route, app: AppDetail | null): Crumb[] {
  const crumbs: Crumb[] = [{ label: 'Home', href: '#home' }];
  if (route.blade === 'home') return crumbs;
  crumbs.push({ label: 'Enterprise applications | All applications', href: formatHash({ blade: 'enterpriseApps' }) });
  if (route.blade === 'gallery') crumbs.push({ label: 'Browse Microsoft Entra Gallery' });
  if (route.blade === 'app' || route.blade === 'addAssignment' || route.blade === 'claims') {
    const name = app?.name ?? '…';
    if (route.blade === 'addAssignment')
      crumbs.push({ label: `${name} | Users and groups`, href: app ? formatHash(appRoute(app, 'UsersAndGroups')) : undefined });
    if (route.blade === 'claims')
      crumbs.push({ label: `${name} | SAML-based Sign-on`, href: app ? formatHash(appRoute(app, 'SignOn', true)) : undefined });
    if (route.blade === 'app') crumbs.push({ label: name, href: app ? formatHash(appRoute(app, 'Overview')) : undefined });
  }
  return crumbs;
}

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((c, i) => (
          <li key={`${c.label}-${i}`}>
            {c.href ? <a href={c.href}>{c.label}</a> : <span>{c.label}</span>}
            {i < crumbs.length - 1 && (
              <span className="crumb-sep" aria-hidden="true">
                ›
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
