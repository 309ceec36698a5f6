import { useState, type ReactNode } from 'react';
import type { AppDetail } from '../../../../server/portal-api/views';
import { useDomId } from '../../../shared/ids';
import { useLabel } from '../../../shared/labels';
import type { AppProps } from '../BladeApp';
import { navigate } from '../nav';
import { CommandBar, CopyField, formatDate } from '../ui';
import { BasicSamlPane } from './BasicSamlPane';
import { CertificatesPane } from './CertificatesPane';

function Section({ n, title, onEdit, children }: { n: number; title: string; onEdit?: () => void; children: ReactNode }) {
  const titleId = useDomId('sec');
  return (
    <section className="card saml-section" aria-labelledby={titleId}>
      <header className="saml-section-header">
        <span className="step-number" aria-hidden="true">
          {n}
        </span>
        <h3 id={titleId}>{title}</h3>
        {onEdit && (
          <button type="button" className="edit-button" onClick={onEdit}>
            <span aria-hidden="true">✎</span> Edit
          </button>
        )}
      </header>
      {children}
    </section>
  );
}

function ValueTable({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <table className="value-table">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function defaultOf(rows: AppDetail['identifiers']): string {
  return (rows.find((r) => r.isDefault) ?? rows[0])?.value ?? '';
}

function DownloadRow({ label, href, external }: { label: string; href: string; external?: boolean }) {
  const labelId = useDomId('dl');
  const linkId = useDomId('dl-link');
  return (
    <div className="download-row">
      <span id={labelId}>{label}</span>
      <a
        id={linkId}
        href={href}
        aria-labelledby={`${labelId} ${linkId}`}
        {...(external ? { target: '_blank', rel: 'noreferrer' } : { download: '' })}
      >
        Download
      </a>
    </div>
  );
}

/** "Set up Single Sign-On with SAML": sections 1 to 5. */
export function SamlPage({ app, onApp }: AppProps) {
  const L = useLabel();
  const [editing, setEditing] = useState<'basic' | 'certs' | null>(null);
  const [basicKey, setBasicKey] = useState(0);
  const cert = app.certificates.find((c) => c.status === 'Active');
  const optional = (v: string) => v || <span className="muted">Optional</span>;
  const required = (v: string) => v || <span className="muted">Required</span>;
  const claimRows: [string, ReactNode][] = [
    ...app.claims.map((c): [string, ReactNode] => [c.name, c.sourceAttribute]),
    ['Unique User Identifier', app.nameIdSourceAttribute],
  ];

  return (
    <div className="page saml-page">
      <CommandBar
        buttons={[
          { label: 'Upload metadata file', icon: '⤒', onClick: () => undefined, disabled: true },
          { label: 'Change single sign-on mode', icon: '↺', onClick: () => undefined, disabled: true },
          { label: 'Test this application', icon: '▶', onClick: () => window.open(app.urls.testUrl, '_blank') },
          { label: 'Got feedback?', icon: '♡', onClick: () => undefined },
        ]}
      />
      <h2>Set up Single Sign-On with SAML</h2>
      <p className="muted">
        An SSO implementation based on federation protocols improves security, reliability, and end user experiences and is easier to
        implement. Choose SAML single sign-on whenever possible for existing applications that do not use OpenID Connect or OAuth.
      </p>

      <Section n={1} title={L('Basic SAML Configuration')} onEdit={() => setEditing('basic')}>
        <ValueTable
          rows={[
            [L('Identifier (Entity ID)'), required(defaultOf(app.identifiers))],
            [L('Reply URL (Assertion Consumer Service URL)'), required(defaultOf(app.replyUrls))],
            [L('Sign on URL'), optional(app.signOnUrl)],
            [L('Relay State (Optional)'), optional(app.relayState)],
            [L('Logout Url (Optional)'), optional(app.logoutUrl)],
          ]}
        />
      </Section>

      <Section
        n={2}
        title={L('Attributes & Claims')}
        onEdit={() => navigate({ blade: 'claims', objectId: app.objectId, appId: app.appId })}
      >
        <ValueTable rows={claimRows} />
      </Section>

      <Section n={3} title={L('SAML Certificates')} onEdit={() => setEditing('certs')}>
        <h4>{L('Token signing certificate')}</h4>
        <ValueTable
          rows={[
            [L('Status'), cert ? 'Active' : 'No active certificate'],
            [L('Thumbprint'), <span className="mono">{cert?.thumbprint ?? ''}</span>],
            [L('Expiration'), cert ? formatDate(cert.notAfter) : ''],
            [L('Notification Email'), app.notificationEmail],
          ]}
        />
        <CopyField label={L('App Federation Metadata Url')} value={app.urls.federationMetadataUrl} />
        {cert && (
          <>
            <DownloadRow label={L('Certificate (Base64)')} href={`/api/entra/apps/${app.objectId}/certificates/${cert.id}/base64`} />
            <DownloadRow label={L('Certificate (Raw)')} href={`/api/entra/apps/${app.objectId}/certificates/${cert.id}/raw`} />
          </>
        )}
        <DownloadRow label={L('Federation Metadata XML')} href={app.urls.federationMetadataUrl} external />
      </Section>

      <Section n={4} title={`Set up ${app.name}`}>
        <p className="muted">You'll need to configure the application to link with Microsoft Entra ID.</p>
        <CopyField label={L('Login URL')} value={app.urls.loginUrl} />
        <CopyField label={L('Microsoft Entra Identifier')} value={app.urls.entraIdentifier} />
        <CopyField label={L('Logout URL')} value={app.urls.logoutUrl} />
      </Section>

      <Section n={5} title={`Test single sign-on with ${app.name}`}>
        <p className="muted">
          Test to see if single sign-on is working. Users will need to be added to Users and groups before they can sign in.
        </p>
        <button type="button" className="secondary" onClick={() => window.open(app.urls.testUrl, '_blank')}>
          Test
        </button>
      </Section>

      {editing === 'basic' && (
        <BasicSamlPane
          key={basicKey}
          app={app}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            onApp(saved);
            // The portal redraws the pane from the saved values: fresh DOM.
            setBasicKey((k) => k + 1);
          }}
        />
      )}
      {editing === 'certs' && <CertificatesPane app={app} onApp={onApp} onClose={() => setEditing(null)} />}
    </div>
  );
}
