import { useEffect, useState, type ReactNode } from 'react';
import { JustCallSsoViewSchema, type JustCallSsoView } from '../../server/portal-api/views';
import { api } from '../shared/api';
import { Login } from './Login';
import { PATHS, usePath } from './router';
import { ProvisioningSettings } from './ProvisioningSettings';
import { SsoSettings } from './SsoSettings';
import { Link } from './ui';
import { Users } from './Users';

function Sidebar() {
  const items: [string, string][] = [
    ['Dashboard', PATHS.dashboard],
    ['Users', PATHS.users],
    ['Settings', PATHS.sso],
  ];
  return (
    <nav className="jc-sidebar" aria-label="Main">
      <div className="jc-logo">
        <span className="jc-logo-mark" aria-hidden="true">
          ☎
        </span>
        JustCall
      </div>
      {items.map(([label, to]) => (
        <Link key={label} to={to} className="jc-nav">
          {label}
        </Link>
      ))}
    </nav>
  );
}

type Layout = JustCallSsoView['layout'];

/** The page layout the account shows (JustCall's SSO settings name it); null until known. */
function useLayout(): Layout | null {
  const [layout, setLayout] = useState<Layout | null>(null);
  useEffect(() => {
    api(JustCallSsoViewSchema, 'GET', '/api/justcall/sso').then(
      (v) => setLayout(v.layout),
      () => setLayout(null),
    );
  }, []);
  return layout;
}

/** JustCall's own page for a route it does not have. */
function NotFound() {
  return (
    <div className="jc-card" role="main">
      <h1>Page not found</h1>
      <p className="muted">The page you are looking for doesn&apos;t exist or has been moved.</p>
      <Link to={PATHS.dashboard}>Go to dashboard</Link>
    </div>
  );
}

/** The Okta article's notice: JustCall does not offer SCIM provisioning. */
function ProvisioningNotSupported() {
  return (
    <div className="jc-page">
      <h1>Provisioning</h1>
      <div className="jc-alert info" role="status">
        User provisioning is currently not supported. Create and deactivate users in JustCall, or let SSO create them on their first login.
      </div>
    </div>
  );
}

function SettingsLayout({ children, layout }: { children: ReactNode; layout: Layout | null }) {
  return (
    <div className="jc-settings">
      <aside className="jc-settings-nav" aria-label="Settings">
        <div className="jc-settings-group">Account</div>
        <span className="jc-settings-item muted">Profile</span>
        <span className="jc-settings-item muted">Billing</span>
        <div className="jc-settings-group">Security</div>
        <Link to={PATHS.sso} className="jc-settings-item">
          Single Sign-On
        </Link>
        {layout?.provisioning !== 'not-found' && (
          <Link to={PATHS.provisioning} className="jc-settings-item">
            Provisioning
          </Link>
        )}
      </aside>
      <div className="jc-settings-body">{children}</div>
    </div>
  );
}

function Dashboard() {
  return (
    <div className="jc-card">
      <h1>Welcome to JustCall</h1>
      <p>
        Set up single sign-on under <Link to={PATHS.sso}>Settings → Security → Single Sign-On</Link>.
      </p>
    </div>
  );
}

/** The JustCall web app (app.justcall.io): /login and /app/**. */
export function JustCallApp() {
  const path = usePath();
  const layout = useLayout();
  if (path === PATHS.login || !path.startsWith('/app')) return <Login />;
  let page: ReactNode;
  if (path.startsWith('/app/settings/security/provisioning'))
    page = !layout ? (
      <div className="jc-loading">Loading…</div>
    ) : layout.provisioning === 'not-found' ? (
      <NotFound />
    ) : (
      <SettingsLayout layout={layout}>
        {layout.provisioning === 'page' ? <ProvisioningSettings /> : <ProvisioningNotSupported />}
      </SettingsLayout>
    );
  else if (path.startsWith('/app/settings'))
    page = (
      <SettingsLayout layout={layout}>
        <SsoSettings />
      </SettingsLayout>
    );
  else if (path.startsWith(PATHS.users)) page = <Users />;
  else page = <Dashboard />;
  return (
    <div className="jc-app">
      <Sidebar />
      <div className="jc-main">
        <header className="jc-topbar">
          <span className="jc-account">Contoso Sales</span>
          <span className="jc-user">Patti Fernandez</span>
        </header>
        <main className="jc-content">{page}</main>
      </div>
    </div>
  );
}
