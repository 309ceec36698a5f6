import { useEffect, useState } from 'react';
import {
  JustCallSsoViewSchema,
  TestConnectionResultSchema,
  type JustCallSsoView,
  type TestConnectionResult,
} from '../../server/portal-api/views';
import { api, errorText } from '../shared/api';
import { Dropdown } from '../shared/Dropdown';
import { useDomId } from '../shared/ids';
import { Alert, ReadOnlyField, Toggle } from './ui';

const ROLES = [
  { value: 'Agent', label: 'Agent' },
  { value: 'Supervisor', label: 'Supervisor' },
  { value: 'Admin', label: 'Admin' },
] as const;

/** The certificate as the seed's file upload, or (JustCall's help articles) an "X.509 Certificate" pasted into a text area. */
function CertificateInput({
  view,
  pending,
  onPending,
}: {
  view: JustCallSsoView;
  pending: { fileName: string; text: string } | null;
  onPending: (p: { fileName: string; text: string } | null) => void;
}) {
  const certId = useDomId('cert');
  if (view.layout.certificate === 'paste')
    return (
      <div className="jc-field">
        <label htmlFor={certId}>X.509 Certificate</label>
        <textarea
          id={certId}
          rows={8}
          spellCheck={false}
          placeholder="-----BEGIN CERTIFICATE-----"
          value={pending?.text ?? ''}
          onChange={(e) => onPending(e.target.value.trim() ? { fileName: '', text: e.target.value } : null)}
        />
        {!pending && view.certificate && (
          <div className="jc-cert-info" aria-label="Saved certificate">
            Saved certificate, thumbprint <span className="mono">{view.certificate.thumbprint}</span>
          </div>
        )}
      </div>
    );
  return (
    <div className="jc-field">
      <label htmlFor={certId}>Certificate</label>
      <input
        id={certId}
        type="file"
        accept=".cer,.pem,.crt"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return onPending(null);
          void file.text().then((text) => onPending({ fileName: file.name, text }));
        }}
      />
      {pending ? (
        <div className="jc-hint">Selected: {pending.fileName} (uploaded when you save)</div>
      ) : view.certificateFileName ? (
        <div className="jc-cert-info" aria-label="Uploaded certificate">
          <div>Uploaded: {view.certificateFileName}</div>
          {view.certificate && (
            <>
              <div>
                Thumbprint: <span className="mono">{view.certificate.thumbprint}</span>
              </div>
              <div>Expires: {new Date(view.certificate.notAfter).toUTCString()}</div>
            </>
          )}
        </div>
      ) : (
        <div className="jc-hint">Upload the Base64 (.cer/.pem/.crt) certificate from your identity provider.</div>
      )}
    </div>
  );
}

function SsoForm({ view, onSaved }: { view: JustCallSsoView; onSaved: (v: JustCallSsoView) => void }) {
  const ssoUrlId = useDomId('sso-url');
  const issuerId = useDomId('issuer');
  const [ssoUrl, setSsoUrl] = useState(view.ssoUrl);
  const [issuer, setIssuer] = useState(view.issuer);
  const [role, setRole] = useState(view.defaultRole);
  const [pending, setPending] = useState<{ fileName: string; text: string } | null>(null);
  const [busy, setBusy] = useState<'' | 'save' | 'test'>('');
  const [message, setMessage] = useState<TestConnectionResult | null>(view.lastTest);

  const save = async () => {
    setBusy('save');
    setMessage(null);
    try {
      const saved = await api(JustCallSsoViewSchema, 'PUT', '/api/justcall/sso', {
        ssoUrl,
        issuer: view.layout.issuerField ? issuer : '',
        defaultRole: role,
        ...(pending ? { certificate: pending } : {}),
      });
      onSaved(saved);
    } catch (e) {
      setMessage({ ok: false, message: errorText(e) });
      setBusy('');
    }
  };
  const test = async () => {
    setBusy('test');
    try {
      setMessage(await api(TestConnectionResultSchema, 'POST', '/api/justcall/sso/test'));
    } catch (e) {
      setMessage({ ok: false, message: errorText(e) });
    } finally {
      setBusy('');
    }
  };

  return (
    <form
      className="jc-card"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Identity provider details</h2>
      <div className="jc-field">
        <label htmlFor={ssoUrlId}>{view.layout.idpUrlLabel}</label>
        <input
          id={ssoUrlId}
          type="url"
          value={ssoUrl}
          onChange={(e) => setSsoUrl(e.target.value)}
          placeholder="https://login.microsoftonline.com/..."
        />
      </div>
      {view.layout.issuerField && (
        <div className="jc-field">
          <label htmlFor={issuerId}>Issuer / Entity ID</label>
          <input
            id={issuerId}
            type="text"
            value={issuer}
            onChange={(e) => setIssuer(e.target.value)}
            placeholder="https://sts.windows.net/..."
          />
        </div>
      )}
      <CertificateInput view={view} pending={pending} onPending={setPending} />
      <Dropdown label="Default Role" options={ROLES} value={role} onChange={setRole} placeholder="Select a role" className="jc-dropdown" />
      <div className="jc-hint">Role given to users created on their first SSO login.</div>
      {message && <Alert kind={message.ok ? 'success' : 'error'}>{message.message}</Alert>}
      <div className="jc-actions">
        <button type="submit" className="jc-btn primary" disabled={busy !== ''}>
          {busy === 'save' ? 'Saving…' : 'Save Configuration'}
        </button>
        <button type="button" className="jc-btn outline" disabled={busy !== '' || !view.savedAt} onClick={() => void test()}>
          {busy === 'test' ? 'Testing…' : 'Test Connection'}
        </button>
      </div>
      {view.savedAt && <div className="jc-hint">Last saved {new Date(view.savedAt).toUTCString()}</div>}
    </form>
  );
}

/** Settings → Security → Single Sign-On. */
export function SsoSettings() {
  const [view, setView] = useState<JustCallSsoView | null>(null);
  const [error, setError] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api(JustCallSsoViewSchema, 'GET', '/api/justcall/sso').then(setView, (e: unknown) => setError(errorText(e)));
  }, []);
  if (error) return <Alert kind="error">{error}</Alert>;
  if (!view) return <div className="jc-loading">Loading…</div>;

  const toggle = async (enabled: boolean, protocol: JustCallSsoView['protocol']) => {
    // Optimistic, like the real toggle: flip now, then persist.
    setView({ ...view, enabled, protocol });
    try {
      setView(await api(JustCallSsoViewSchema, 'PUT', '/api/justcall/sso/enabled', { enabled, protocol }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const saml = view.enabled && view.protocol === 'SAML 2.0';

  return (
    <div className="jc-page">
      <h1>Single Sign-On</h1>
      <p className="muted">
        Let your team log in to JustCall with your identity provider. When SSO is enabled, all admins and members sign in through SSO.
      </p>
      <div className="jc-card">
        <Toggle label="Enable SSO" checked={view.enabled} onChange={(on) => void toggle(on, view.protocol)} />
        {view.enabled && (
          <div role="radiogroup" aria-label="Protocol" className="jc-protocols">
            <label className={`jc-radio-card${view.protocol === 'SAML 2.0' ? ' selected' : ''}`}>
              <input
                type="radio"
                name="protocol"
                value="SAML 2.0"
                checked={view.protocol === 'SAML 2.0'}
                onChange={() => void toggle(true, 'SAML 2.0')}
              />
              <span>SAML 2.0</span>
            </label>
          </div>
        )}
      </div>
      {saml && view.showSpValues && view.layout.spValues === 'card' && <SpValues view={view} />}
      {saved && <Alert kind="success">SSO configuration saved.</Alert>}
      {saml && (
        <div className={view.layout.spValues === 'side-card' ? 'jc-columns' : undefined}>
          <SsoForm
            key={formKey}
            view={view}
            onSaved={(v) => {
              setView(v);
              setSaved(true);
              setFormKey((k) => k + 1);
            }}
          />
          {view.showSpValues && view.layout.spValues === 'side-card' && (
            <aside aria-label="Service provider details">
              <SpValues view={view} />
            </aside>
          )}
        </div>
      )}
    </div>
  );
}

/** ACS URL and Entity ID: above the form (the seed), or in a card beside it. */
function SpValues({ view }: { view: JustCallSsoView }) {
  return (
    <div className="jc-card">
      <h2>Service provider details</h2>
      <p className="muted">Copy these values into your identity provider.</p>
      <ReadOnlyField label="ACS URL" value={view.acsUrl} />
      <ReadOnlyField label="Entity ID" value={view.entityId} />
    </div>
  );
}
