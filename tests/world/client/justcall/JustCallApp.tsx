import type { ReactNode } from 'react';
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

function SettingsLayout({ children }: { children: ReactNode }) {
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
        <Link to={PATHS.provisioning} className="jc-settings-item">
          Provisioning
        </Link>
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
  if (path === PATHS.login || !path.startsWith('/app')) return <Login />;
  let page: ReactNode;
  if (path.startsWith('/app/settings/security/provisioning'))
    page = (
      <SettingsLayout>
        <ProvisioningSettings />
      </SettingsLayout>
    );
  else if (path.startsWith('/app/settings'))
    page = (
      <SettingsLayout>
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
