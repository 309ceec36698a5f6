import { useEffect, useState } from 'react';
import { AppDetailSchema, TenantViewSchema, type AppDetail, type TenantView } from '../../../server/portal-api/views';
import { api } from '../../shared/api';
import { ShellMessageSchema } from '../messages';
import { formatHash, frameOrigin, parseHash, REACTBLADE_HOST, type Route } from '../route';
import { AppMenu, EnterpriseAppsMenu } from './BladeMenu';
import { Breadcrumbs, breadcrumbs, LeftNav, TopBar } from './chrome';
import { useHash } from './useHashRoute';

function bladeTitle(route: Route, app: AppDetail | null): { title: string; subtitle: string } {
  const name = app?.name ?? '…';
  switch (route.blade) {
    case 'home':
      return { title: 'Home', subtitle: '' };
    case 'enterpriseApps':
      return { title: 'Enterprise applications | All applications', subtitle: 'Contoso - Microsoft Entra ID' };
    case 'gallery':
      return { title: 'Browse Microsoft Entra Gallery', subtitle: '' };
    case 'addAssignment':
      return { title: 'Add Assignment', subtitle: 'Contoso' };
    case 'claims':
      return { title: 'Attributes & Claims', subtitle: '' };
    case 'app': {
      const section = {
        Overview: 'Overview',
        UsersAndGroups: 'Users and groups',
        SignOn: route.samlMode || app?.ssoMode === 'saml' ? 'SAML-based Sign-on' : 'Single sign-on',
        Provisioning: 'Provisioning',
      }[route.section];
      return { title: `${name} | ${section}`, subtitle: 'Enterprise Application' };
    }
  }
}

function Home() {
  return (
    <div className="home">
      <h2>Welcome to the Microsoft Entra admin center</h2>
      <div className="tiles">
        <a className="tile" href={formatHash({ blade: 'enterpriseApps' })}>
          <strong>Enterprise applications</strong>
          <span>Manage the apps your organization signs in to</span>
        </a>
      </div>
    </div>
  );
}

/**
 * The portal shell: top bar, left navigation, breadcrumbs and blade header.
 * Blade content is drawn by a cross-origin iframe from the reactblade host;
 * the iframe asks the shell to navigate by postMessage.
 */
export function Shell() {
  const hash = useHash();
  const route = parseHash(hash);
  const [tenant, setTenant] = useState<TenantView | null>(null);
  const [app, setApp] = useState<AppDetail | null>(null);
  const [appVersion, setAppVersion] = useState(0);
  const objectId = 'objectId' in route ? route.objectId : '';
  const bladeOrigin = frameOrigin(REACTBLADE_HOST, window.location);
  const product = window.location.hostname === 'portal.azure.com' ? 'Microsoft Azure' : 'Microsoft Entra admin center';

  useEffect(() => {
    api(TenantViewSchema, 'GET', '/api/entra/tenant').then(setTenant, () => setTenant(null));
  }, []);

  useEffect(() => {
    if (!objectId) {
      setApp(null);
      return;
    }
    let live = true;
    api(AppDetailSchema, 'GET', `/api/entra/apps/${encodeURIComponent(objectId)}`).then(
      (a) => live && setApp(a),
      () => live && setApp(null),
    );
    return () => {
      live = false;
    };
  }, [objectId, appVersion]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== bladeOrigin) return;
      const msg = ShellMessageSchema.safeParse(e.data);
      if (!msg.success) return;
      if (msg.data.type === 'world:navigate') window.location.hash = msg.data.hash;
      else setAppVersion((v) => v + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [bladeOrigin]);

  const { title, subtitle } = bladeTitle(route, app);
  const frameSrc = `${bladeOrigin}/blade?hash=${encodeURIComponent(hash || formatHash(route))}&parent=${encodeURIComponent(window.location.origin)}`;

  return (
    <div className="portal">
      <TopBar product={product} tenantName={tenant?.name ?? ''} domain={tenant?.domain ?? ''} />
      <div className="portal-body">
        <LeftNav route={route} />
        <main className="portal-main">
          <Breadcrumbs crumbs={breadcrumbs(route, app)} />
          {route.blade === 'home' ? (
            <Home />
          ) : (
            <section className="blade" aria-label={title}>
              <header className="blade-header">
                <h1>{title}</h1>
                {subtitle && <div className="blade-subtitle">{subtitle}</div>}
              </header>
              <div className="blade-body">
                {route.blade === 'app' && <AppMenu route={route} app={app} />}
                {route.blade === 'enterpriseApps' && <EnterpriseAppsMenu />}
                <iframe key={hash} className="blade-frame" name="ReactView" title={title} src={frameSrc} />
              </div>
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
