import { useCallback, useEffect, useState } from 'react';
import { AppDetailSchema, TenantViewSchema, type AppDetail, type TenantView } from '../../../server/portal-api/views';
import { api, errorText } from '../../shared/api';
import { LabelsContext } from '../../shared/labels';
import type { Route } from '../route';
import { AddAssignment } from './assignments/AddAssignment';
import { UsersAndGroups } from './assignments/UsersAndGroups';
import { AppsList } from './apps/AppsList';
import { Gallery } from './apps/Gallery';
import { Overview } from './apps/Overview';
import { ClaimsPage } from './claims/ClaimsPage';
import { notifyAppChanged } from './nav';
import { NotifyContext } from './notify';
import { Provisioning } from './provisioning/Provisioning';
import { SingleSignOn } from './saml/SingleSignOn';
import { Notification, Spinner, type Notice } from './ui';

export interface AppProps {
  app: AppDetail;
  /** Mutations answer with the app as it now is; the blade re-renders from that. */
  onApp: (app: AppDetail) => void;
  reload: () => Promise<void>;
}

function AppBlade({ route, objectId }: { route: Route; objectId: string }) {
  const [app, setApp] = useState<AppDetail | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    try {
      setApp(await api(AppDetailSchema, 'GET', `/api/entra/apps/${encodeURIComponent(objectId)}`));
    } catch (e) {
      setError(errorText(e));
    }
  }, [objectId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const onApp = useCallback((a: AppDetail) => {
    setApp(a);
    notifyAppChanged();
  }, []);
  if (error)
    return (
      <div className="blade-error" role="alert">
        {error}
      </div>
    );
  if (!app) return <Spinner />;
  const props: AppProps = { app, onApp, reload };
  switch (route.blade) {
    case 'addAssignment':
      return <AddAssignment {...props} />;
    case 'claims':
      return <ClaimsPage {...props} />;
    case 'app':
      switch (route.section) {
        case 'Overview':
          return <Overview {...props} />;
        case 'UsersAndGroups':
          return <UsersAndGroups {...props} />;
        case 'SignOn':
          return <SingleSignOn {...props} samlMode={route.samlMode} />;
        case 'Provisioning':
          return <Provisioning {...props} />;
      }
    // falls through: no other blade carries an app
    default:
      return null;
  }
}

/** The React blade content (in the reactblade iframe): one route, drawn from the API. */
export function BladeApp({ route }: { route: Route }) {
  const [tenant, setTenant] = useState<TenantView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const clear = useCallback(() => setNotice(null), []);
  useEffect(() => {
    api(TenantViewSchema, 'GET', '/api/entra/tenant').then(setTenant, () => setTenant({ id: '', domain: '', name: '', renamedLabels: {} }));
  }, []);
  if (!tenant) return <Spinner />;
  let content;
  switch (route.blade) {
    case 'home':
    case 'enterpriseApps':
      content = <AppsList />;
      break;
    case 'gallery':
      content = <Gallery />;
      break;
    default:
      content = <AppBlade route={route} objectId={route.objectId} />;
  }
  return (
    <LabelsContext.Provider value={tenant.renamedLabels}>
      <NotifyContext.Provider value={setNotice}>
        <div className="blade-content">{content}</div>
        <Notification notice={notice} onDone={clear} />
      </NotifyContext.Provider>
    </LabelsContext.Provider>
  );
}
