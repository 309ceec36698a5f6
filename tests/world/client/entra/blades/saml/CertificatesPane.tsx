import { useState } from 'react';
import { AppDetailSchema, type AppDetail } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { Dropdown } from '../../../shared/Dropdown';
import { useLabel } from '../../../shared/labels';
import { SaveIcon } from '../../../shared/icons';
import { useNotify } from '../notify';
import { CommandBar, formatDate, Pane, TextField } from '../ui';

type SigningOption = AppDetail['signingOption'];
const SIGNING_OPTIONS: { value: SigningOption; label: string }[] = [
  { value: 'response', label: 'Sign SAML response' },
  { value: 'assertion', label: 'Sign SAML assertion' },
  { value: 'both', label: 'Sign SAML response and assertion' },
];
const ALGORITHMS: { value: AppDetail['signingAlgorithm']; label: string }[] = [
  { value: 'SHA-256', label: 'SHA-256' },
  { value: 'SHA-1', label: 'SHA-1' },
];

/** "SAML Signing Certificate" pane: certificate list, New Certificate, Make certificate active, signing options. */
export function CertificatesPane({ app, onApp, onClose }: { app: AppDetail; onApp: (a: AppDetail) => void; onClose: () => void }) {
  const L = useLabel();
  const notify = useNotify();
  const [option, setOption] = useState<SigningOption>(app.signingOption);
  const [algorithm, setAlgorithm] = useState(app.signingAlgorithm);
  const [email, setEmail] = useState(app.notificationEmail);
  const [menuFor, setMenuFor] = useState('');
  const base = `/api/entra/apps/${app.objectId}`;

  const run = async (what: string, method: string, path: string, body?: unknown) => {
    try {
      onApp(await api(AppDetailSchema, method, path, body));
      notify({ kind: 'success', title: what });
    } catch (e) {
      notify({ kind: 'error', title: `${what} failed`, detail: errorText(e) });
    }
  };

  return (
    <Pane
      title="SAML Signing Certificate"
      subtitle="Manage the certificate used by Microsoft Entra ID to sign SAML tokens issued to your app"
      onClose={onClose}
      wide
    >
      <CommandBar
        buttons={[
          {
            label: 'Save',
            icon: <SaveIcon />,
            onClick: () =>
              void run('Certificate settings saved', 'PUT', `${base}/saml/signing`, {
                signingOption: option,
                signingAlgorithm: algorithm,
                notificationEmail: email,
              }),
          },
          {
            label: 'New Certificate',
            icon: '+',
            onClick: () => void run('New certificate created', 'POST', `${base}/certificates`, { validityYears: 3 }),
          },
          { label: 'Import Certificate', icon: '⤒', onClick: () => undefined, disabled: true },
          { label: 'Got feedback?', icon: '♡', onClick: () => undefined },
        ]}
      />
      <table className="grid">
        <thead>
          <tr>
            <th>Status</th>
            <th>Expiration Date</th>
            <th>Thumbprint</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {app.certificates.map((c) => (
            <tr key={c.id}>
              <td>{c.status}</td>
              <td>{formatDate(c.notAfter)}</td>
              <td className="mono">{c.thumbprint}</td>
              <td className="menu-cell">
                <button
                  type="button"
                  className="icon-button"
                  aria-label="More options"
                  aria-haspopup="menu"
                  aria-expanded={menuFor === c.id}
                  onClick={() => setMenuFor(menuFor === c.id ? '' : c.id)}
                >
                  …
                </button>
                {menuFor === c.id && (
                  <div role="menu" className="context-menu">
                    <button
                      type="button"
                      role="menuitem"
                      disabled={c.status === 'Active'}
                      onClick={() => {
                        setMenuFor('');
                        void run('Certificate made active', 'POST', `${base}/certificates/${c.id}/activate`);
                      }}
                    >
                      Make certificate active
                    </button>
                    <a role="menuitem" href={`${base}/certificates/${c.id}/base64`} download>
                      Base64 certificate download
                    </a>
                    <a role="menuitem" href={`${base}/certificates/${c.id}/raw`} download>
                      Raw certificate download
                    </a>
                    <button
                      type="button"
                      role="menuitem"
                      disabled={c.status === 'Active'}
                      onClick={() => {
                        setMenuFor('');
                        void run('Certificate deleted', 'DELETE', `${base}/certificates/${c.id}`);
                      }}
                    >
                      Delete Certificate
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dropdown label={L('Signing Option')} options={SIGNING_OPTIONS} value={option} onChange={setOption} />
      <Dropdown label={L('Signing Algorithm')} options={ALGORITHMS} value={algorithm} onChange={setAlgorithm} />
      <TextField label={L('Notification Email Addresses')} value={email} onChange={setEmail} />
    </Pane>
  );
}
