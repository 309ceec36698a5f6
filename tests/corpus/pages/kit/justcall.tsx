/** @jsxImportSource react */
import type { ReactElement, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * JustCall's web app around a settings page (evidence 10–12: the app lives
 * under app.justcall.io/app/…): a sidebar, the Settings menu with Security's
 * Single Sign-On and Provisioning entries, and the page.
 */

const CSS = `
.jc-app{display:flex;min-height:100vh;font-family:Inter,"Segoe UI",sans-serif}
.jc-sidebar{width:200px;background:#1f2d3d;color:#fff;padding:12px}
.jc-sidebar a{color:#cfe;display:block;padding:4px 0}
.jc-main{flex:1;padding:24px;max-width:980px}
.jc-card{border:1px solid #ddd;border-radius:8px;padding:16px;margin:12px 0}
.jc-columns{display:flex;gap:24px;align-items:flex-start}
.jc-columns>*{flex:1}
.jc-form{display:grid;gap:8px}
.jc-form input,.jc-form select,.jc-form textarea{padding:6px;font:inherit}
`;

export function JustCallShell(p: { title: string; children: ReactNode; provisioningInMenu?: boolean }): ReactElement {
  return (
    <div className="jc-app">
      <style>{CSS}</style>
      <nav className="jc-sidebar" aria-label="Main">
        <a href="/app/dashboard">Dashboard</a>
        <a href="/app/calls">Calls</a>
        <a href="/app/contacts">Contacts</a>
        <a href="/app/settings">Settings</a>
        <div aria-label="Security">
          <a href="/app/settings/security/sso">Single Sign-On</a>
          {p.provisioningInMenu !== false && <a href="/app/settings/security/provisioning">Provisioning</a>}
        </div>
      </nav>
      <main className="jc-main">
        <div className="jc-breadcrumb">Settings / Security / {p.title}</div>
        {p.children}
      </main>
    </div>
  );
}

export function mountJustCall(page: ReactElement): void {
  const root = document.createElement('div');
  document.body.append(root);
  createRoot(root).render(page);
}
