import { useEffect, useState } from 'react';

/** JustCall is a path-routed SPA: links push history; back/forward and hash changes re-render. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const on = () => setPath(window.location.pathname);
    window.addEventListener('popstate', on);
    window.addEventListener('hashchange', on);
    window.addEventListener('jc:navigate', on);
    return () => {
      window.removeEventListener('popstate', on);
      window.removeEventListener('hashchange', on);
      window.removeEventListener('jc:navigate', on);
    };
  }, []);
  return path;
}

export function go(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event('jc:navigate'));
}

export const PATHS = {
  login: '/login',
  sso: '/app/settings/security/sso',
  provisioning: '/app/settings/security/provisioning',
  users: '/app/users',
  dashboard: '/app/dashboard',
} as const;
