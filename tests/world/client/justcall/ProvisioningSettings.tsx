import { useEffect, useState } from 'react';
import { JustCallScimViewSchema, type JustCallScimView } from '../../server/portal-api/views';
import { api, errorText } from '../shared/api';
import { useDomId } from '../shared/ids';
import { Alert, CopyButton, ReadOnlyField } from './ui';

/** Settings → Security → Provisioning: SCIM Tenant URL and Secret Token. */
export function ProvisioningSettings() {
  const tokenId = useDomId('token');
  const [view, setView] = useState<JustCallScimView | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    api(JustCallScimViewSchema, 'GET', '/api/justcall/scim').then(setView, (e: unknown) => setError(errorText(e)));
  }, []);
  const call = async (path: string, note: string) => {
    try {
      setView(await api(JustCallScimViewSchema, 'POST', path));
      setNotice(note);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const revealed = async (): Promise<string> => {
    if (view?.secretToken) return view.secretToken;
    const v = await api(JustCallScimViewSchema, 'POST', '/api/justcall/scim/reveal');
    setView(v);
    return v.secretToken;
  };
  if (error) return <Alert kind="error">{error}</Alert>;
  if (!view) return <div className="jc-loading">Loading…</div>;
  return (
    <div className="jc-page">
      <h1>Provisioning</h1>
      <p className="muted">Automatically create, update and deactivate JustCall users from your identity provider with SCIM 2.0.</p>
      <div className="jc-card">
        <ReadOnlyField label="Tenant URL" value={view.tenantUrl} />
        <div className="jc-field">
          <label htmlFor={tokenId}>Secret Token</label>
          <div className="jc-inline">
            <input
              id={tokenId}
              type={view.secretToken ? 'text' : 'password'}
              readOnly
              value={view.secretToken || (view.hasToken ? '••••••••••••••••••••••••' : '')}
            />
            {view.secretToken ? (
              <button type="button" className="jc-btn ghost small" onClick={() => void call('/api/justcall/scim/hide', '')}>
                Hide
              </button>
            ) : (
              <button type="button" className="jc-btn ghost small" onClick={() => void call('/api/justcall/scim/reveal', '')}>
                Reveal
              </button>
            )}
            <CopyButton text={revealed} />
            <button
              type="button"
              className="jc-btn outline small"
              onClick={() =>
                void call('/api/justcall/scim/generate', 'A new secret token was generated. The previous token no longer works.')
              }
            >
              Generate
            </button>
          </div>
          <div className="jc-hint">Generating a new token invalidates the previous one.</div>
        </div>
        {notice && <Alert kind="info">{notice}</Alert>}
      </div>
    </div>
  );
}
