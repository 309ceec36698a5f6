/** @jsxImportSource react */
import { useEffect, useState, type ReactElement } from 'react';
import { exposeJudge, markReady } from '@/tests/corpus/pages/kit/judge';
import { JustCallShell, mountJustCall } from '@/tests/corpus/pages/kit/justcall';

/**
 * JustCall's Settings → Security → Single Sign-On in one of the shapes the
 * seed guide and JustCall's help articles describe (evidence 10, 11), by `?layout=`:
 * - `seed`: ACS URL and Entity ID in a card above the form; SSO URL, Issuer / Entity ID,
 *   Certificate (file upload), Default Role, Save Configuration, Test Connection;
 * - `side-card`: the same form, the ACS URL and Entity ID in a card beside it (not inside it);
 * - `sso-url-paste`, `entry-point`, `saml-endpoint`: no service-provider values shown, the IdP URL
 *   labelled "SSO URL", "Entry Point URL" or "SAML 2.0 Endpoint (HTTP)", no Issuer field, the
 *   certificate pasted as "X.509 Certificate" into a text area.
 * The form keeps its values in React state; the judge reports that state (for the upload, the
 * text of the file React read).
 */

type Layout = 'seed' | 'side-card' | 'sso-url-paste' | 'entry-point' | 'saml-endpoint';
const params = new URLSearchParams(location.search);
const layout = (params.get('layout') ?? 'seed') as Layout;
const SP = { acsUrl: params.get('acsUrl') ?? '', entityId: params.get('entityId') ?? '' };

const IDP_URL_LABEL: Record<Layout, string> = {
  seed: 'SSO URL',
  'side-card': 'SSO URL',
  'sso-url-paste': 'SSO URL',
  'entry-point': 'Entry Point URL',
  'saml-endpoint': 'SAML 2.0 Endpoint (HTTP)',
};
const guideShape = layout === 'seed' || layout === 'side-card';

function SpCard(p: { inline: boolean }): ReactElement {
  if (p.inline) {
    return (
      <section className="jc-card" aria-labelledby="sp-title">
        <h2 id="sp-title">Service provider details</h2>
        <p>Copy these values into your identity provider.</p>
        <dl>
          <dt>ACS URL</dt>
          <dd>
            <code>{SP.acsUrl}</code> <button type="button">Copy</button>
          </dd>
          <dt>Entity ID</dt>
          <dd>
            <code>{SP.entityId}</code> <button type="button">Copy</button>
          </dd>
        </dl>
      </section>
    );
  }
  return (
    <aside className="jc-card" aria-labelledby="sp-side-title">
      <h3 id="sp-side-title">JustCall (service provider)</h3>
      <div className="jc-form">
        <label htmlFor="sp-acs">ACS URL</label>
        <input id="sp-acs" readOnly value={SP.acsUrl} />
        <label htmlFor="sp-entity">Entity ID</label>
        <input id="sp-entity" readOnly value={SP.entityId} />
      </div>
    </aside>
  );
}

function SsoPage(): ReactElement {
  const [enabled, setEnabled] = useState(true);
  const [ssoUrl, setSsoUrl] = useState('');
  const [issuer, setIssuer] = useState('');
  const [certificate, setCertificate] = useState('');
  const [certificateName, setCertificateName] = useState('');
  const [defaultRole, setDefaultRole] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    exposeJudge(() => ({ ssoUrl, certificate, ...(guideShape ? { issuer, defaultRole } : {}) }));
  });
  useEffect(() => markReady(), []);

  const form = (
    <form
      className="jc-form"
      aria-labelledby="idp-title"
      onSubmit={(e) => {
        e.preventDefault();
        setStatus('Configuration saved');
      }}
    >
      <h2 id="idp-title">Identity provider details</h2>
      <label htmlFor="idp-url">{IDP_URL_LABEL[layout]}</label>
      <input id="idp-url" type="url" value={ssoUrl} onChange={(e) => setSsoUrl(e.target.value)} />
      {guideShape && (
        <>
          <label htmlFor="idp-issuer">Issuer / Entity ID</label>
          <input id="idp-issuer" value={issuer} onChange={(e) => setIssuer(e.target.value)} />
          <label htmlFor="idp-cert">Certificate</label>
          <input
            id="idp-cert"
            type="file"
            accept=".cer,.crt,.pem"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setCertificateName(file.name);
              void file.text().then(setCertificate);
            }}
          />
          <small>Upload the Base64 certificate{certificateName ? ` (${certificateName})` : ''}</small>
          <label htmlFor="idp-role">Default Role</label>
          <select id="idp-role" value={defaultRole} onChange={(e) => setDefaultRole(e.target.value)}>
            <option value="">Select a role</option>
            <option value="Agent">Agent</option>
            <option value="Supervisor">Supervisor</option>
            <option value="Admin">Admin</option>
          </select>
        </>
      )}
      {!guideShape && (
        <>
          <label htmlFor="idp-x509">X.509 Certificate</label>
          <textarea
            id="idp-x509"
            rows={8}
            placeholder="-----BEGIN CERTIFICATE-----"
            value={certificate}
            onChange={(e) => setCertificate(e.target.value)}
          />
        </>
      )}
      <div>
        <button type="submit">Save Configuration</button> <button type="button">Test Connection</button>
      </div>
      <div role="status">{status}</div>
    </form>
  );

  return (
    <JustCallShell title="Single Sign-On">
      <h1>Single Sign-On</h1>
      <p>Let your team sign in with your identity provider. SSO is available on the Business plan.</p>
      <label>
        <input type="checkbox" role="switch" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Enable SSO
      </label>
      <fieldset>
        <legend>Protocol</legend>
        <label>
          <input type="radio" name="protocol" defaultChecked /> SAML 2.0
        </label>
      </fieldset>
      {layout === 'seed' && <SpCard inline />}
      {layout === 'side-card' ? (
        <div className="jc-columns">
          {form}
          <SpCard inline={false} />
        </div>
      ) : (
        form
      )}
    </JustCallShell>
  );
}

mountJustCall(<SsoPage />);
