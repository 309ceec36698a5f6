import { useEffect, useState } from 'react';
import { AppDetailSchema, type AppDetail, type ProvisioningBody } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { Dropdown } from '../../../shared/Dropdown';
import { useDomId } from '../../../shared/ids';
import { useLabel } from '../../../shared/labels';
import { AdminCredentialsMessageSchema } from '../../messages';
import { frameOrigin, ADMIN_CREDENTIALS_HOST } from '../../route';
import type { AppProps } from '../BladeApp';
import { SaveIcon } from '../../../shared/icons';
import { useNotify } from '../notify';
import { CommandBar } from '../ui';

const MODES = [
  { value: 'Manual', label: 'Manual' },
  { value: 'Automatic', label: 'Automatic' },
] as const;
const SCOPES = [
  { value: 'assigned', label: 'Sync only assigned users and groups' },
  { value: 'all', label: 'Sync all users and groups' },
] as const;

function Collapsible({ title, children, open: initial = true }: { title: string; children: React.ReactNode; open?: boolean }) {
  const [open, setOpen] = useState(initial);
  const id = useDomId('col');
  return (
    <section className="collapsible" aria-labelledby={id}>
      <button type="button" id={id} className="expander" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? '⌄' : '›'} {title}
      </button>
      {open && <div className="collapsible-body">{children}</div>}
    </section>
  );
}

/**
 * The Provisioning edit blade. "Admin Credentials" is an older Knockout-style
 * form in a nested iframe from the hosting origin; it reports its values here
 * by postMessage, and this blade's Save sends them with the rest.
 */
export function ProvisioningEditor({ app, onSaved, onClose }: AppProps & { onSaved: (a: AppDetail) => void; onClose: () => void }) {
  const L = useLabel();
  const notify = useNotify();
  const p = app.provisioning;
  const [draft, setDraft] = useState<ProvisioningBody>({
    mode: p.mode,
    tenantUrl: p.tenantUrl,
    secretToken: p.secretToken,
    scope: p.scope,
    status: p.status,
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const hostingOrigin = frameOrigin(ADMIN_CREDENTIALS_HOST, window.location);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== hostingOrigin) return;
      const msg = AdminCredentialsMessageSchema.safeParse(e.data);
      if (!msg.success || msg.data.objectId !== app.objectId) return;
      setDraft((d) => ({ ...d, tenantUrl: msg.data.tenantUrl, secretToken: msg.data.secretToken }));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [hostingOrigin, app.objectId]);

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      const saved = await api(AppDetailSchema, 'PUT', `/api/entra/apps/${app.objectId}/provisioning`, draft);
      notify({
        kind: 'success',
        title: 'Saved provisioning configuration',
        detail: `Successfully saved provisioning configuration for ${app.name}.`,
      });
      onSaved(saved);
    } catch (e) {
      setError(errorText(e));
      notify({ kind: 'error', title: 'Failed to save provisioning configuration', detail: errorText(e) });
      setSaving(false);
    }
  };

  const frameSrc = `${hostingOrigin}/provisioning/admin-credentials?objectId=${encodeURIComponent(app.objectId)}&parent=${encodeURIComponent(window.location.origin)}`;

  return (
    <div className="page provisioning-editor">
      <CommandBar
        buttons={[
          { label: 'Save', icon: <SaveIcon />, onClick: () => void save(), disabled: saving },
          { label: 'Discard', icon: '✕', onClick: onClose },
        ]}
      />
      <h2>Provisioning</h2>
      <Dropdown label={L('Provisioning Mode')} options={MODES} value={draft.mode} onChange={(mode) => setDraft((d) => ({ ...d, mode }))} />
      {draft.mode === 'Manual' ? (
        <p className="muted">With manual provisioning, user accounts are created and managed in {app.name} by hand.</p>
      ) : (
        <>
          <p className="muted">
            Use Microsoft Entra ID to manage the creation and synchronization of user accounts in {app.name} based on user and group
            assignment.
          </p>
          <Collapsible title={L('Admin Credentials')}>
            <iframe className="ko-frame" title={L('Admin Credentials')} name="AdminCredentials" src={frameSrc} />
          </Collapsible>
          <Collapsible title={L('Mappings')} open={false}>
            <p className="muted small">Provision Microsoft Entra ID Users</p>
            <table className="grid">
              <thead>
                <tr>
                  <th>Microsoft Entra ID Attribute</th>
                  <th>{app.name} Attribute</th>
                </tr>
              </thead>
              <tbody>
                {p.mappings.map((m) => (
                  <tr key={m.target}>
                    <td className="mono">{m.source}</td>
                    <td className="mono">{m.target}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Collapsible>
          <Collapsible title={L('Settings')}>
            <Dropdown label={L('Scope')} options={SCOPES} value={draft.scope} onChange={(scope) => setDraft((d) => ({ ...d, scope }))} />
          </Collapsible>
          <div className="field" role="group" aria-label={L('Provisioning Status')}>
            <div className="field-label">{L('Provisioning Status')}</div>
            <div className="segmented">
              {(['On', 'Off'] as const).map((s) => (
                <button
                  key={s}
                  type="button"
                  aria-pressed={draft.status === s}
                  className={draft.status === s ? 'on' : ''}
                  onClick={() => setDraft((d) => ({ ...d, status: s }))}
                >
                  {s}
                </button>
              ))}
            </div>
          </div>
        </>
      )}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
