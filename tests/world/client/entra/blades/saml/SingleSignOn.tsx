import { AppDetailSchema } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { appRoute } from '../../route';
import type { AppProps } from '../BladeApp';
import { navigate } from '../nav';
import { useNotify } from '../notify';
import { SamlPage } from './SamlPage';

const METHODS = [
  { id: 'disabled', title: 'Disabled', text: 'Single sign-on is not enabled. The user won’t be able to launch the app from My Apps.' },
  {
    id: 'saml',
    title: 'SAML',
    text: 'Rich and secure authentication to applications using the SAML (Security Assertion Markup Language) protocol.',
  },
  { id: 'password', title: 'Password-based', text: 'Password storage and replay using a web browser extension or mobile app.' },
  { id: 'linked', title: 'Linked', text: 'Link to an application in My Apps and/or Office 365 application launcher.' },
] as const;

/** Single sign-on: the method picker, or the SAML page once SAML is chosen. */
export function SingleSignOn(props: AppProps & { samlMode: boolean }) {
  const notify = useNotify();
  const { app, onApp } = props;
  if (app.ssoMode === 'saml' || props.samlMode) return <SamlPage {...props} />;
  const chooseSaml = async () => {
    try {
      onApp(await api(AppDetailSchema, 'PUT', `/api/entra/apps/${app.objectId}/sso-mode`, { mode: 'saml' }));
      navigate(appRoute(app, 'SignOn', true));
    } catch (e) {
      notify({ kind: 'error', title: 'Could not change single sign-on mode', detail: errorText(e) });
    }
  };
  return (
    <div className="page">
      <h2>Select a single sign-on method</h2>
      <div className="sso-tiles">
        {METHODS.map((m) => (
          <button
            key={m.id}
            type="button"
            className="sso-tile"
            aria-label={m.title}
            disabled={m.id === 'password' || m.id === 'linked'}
            onClick={() => (m.id === 'saml' ? void chooseSaml() : undefined)}
          >
            <strong>{m.title}</strong>
            <span className="muted">{m.text}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
