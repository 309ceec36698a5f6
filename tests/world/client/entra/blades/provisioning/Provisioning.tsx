import { useState } from 'react';
import { AppDetailSchema } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import type { AppProps } from '../BladeApp';
import { useNotify } from '../notify';
import { CommandBar, formatDate } from '../ui';
import { ProvisioningEditor } from './ProvisioningEditor';
import { ProvisioningLogs } from './ProvisioningLogs';
import { ProvisionOnDemand } from './ProvisionOnDemand';

/** Provisioning: "Get started" until configured, then the status overview; editing happens in ProvisioningEditor. */
export function Provisioning(props: AppProps) {
  const { app, onApp } = props;
  const notify = useNotify();
  const p = app.provisioning;
  const configured = p.mode === 'Automatic' && p.tenantUrl !== '';
  const [editing, setEditing] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [logs, setLogs] = useState(false);
  const [onDemand, setOnDemand] = useState(false);

  if (editing)
    return (
      <ProvisioningEditor
        key={editorKey}
        {...props}
        onSaved={(a) => {
          onApp(a);
          setEditorKey((k) => k + 1);
        }}
        onClose={() => setEditing(false)}
      />
    );

  if (!configured)
    return (
      <div className="page provisioning-start">
        <h2>Automate identity lifecycle management with Microsoft Entra ID</h2>
        <ul className="muted">
          <li>Automatically create new accounts in the right systems for new people when they join your organization.</li>
          <li>Automatically deactivate accounts in the right systems when people leave the organization.</li>
          <li>
            Ensure identities in your apps and systems are kept up to date based on changes in the directory or your human resources system.
          </li>
        </ul>
        <button type="button" className="primary" onClick={() => setEditing(true)}>
          Get started
        </button>
      </div>
    );

  const run = async (status: 'On' | 'Off', cycle: boolean) => {
    try {
      let next = await api(AppDetailSchema, 'PUT', `/api/entra/apps/${app.objectId}/provisioning`, {
        mode: p.mode,
        tenantUrl: p.tenantUrl,
        secretToken: p.secretToken,
        scope: p.scope,
        status,
      });
      if (cycle) next = await api(AppDetailSchema, 'POST', `/api/entra/apps/${app.objectId}/provisioning/run`);
      onApp(next);
      notify({
        kind: 'success',
        title: status === 'On' ? (cycle ? 'Provisioning cycle completed' : 'Provisioning started') : 'Provisioning stopped',
      });
    } catch (e) {
      notify({ kind: 'error', title: 'Provisioning request failed', detail: errorText(e) });
    }
  };

  if (logs) return <ProvisioningLogs objectId={app.objectId} onClose={() => setLogs(false)} />;
  if (onDemand) return <ProvisionOnDemand objectId={app.objectId} onClose={() => setOnDemand(false)} />;

  const c = p.lastCycle;
  return (
    <div className="page">
      <CommandBar
        buttons={[
          { label: 'Start provisioning', icon: '▶', onClick: () => void run('On', true), disabled: p.status === 'On' },
          { label: 'Stop provisioning', icon: '■', onClick: () => void run('Off', false), disabled: p.status === 'Off' },
          { label: 'Restart provisioning', icon: '↻', onClick: () => void run('On', true), disabled: p.status === 'Off' },
          { label: 'Edit provisioning', icon: '✎', onClick: () => setEditing(true) },
          { label: 'Provision on demand', icon: '⚡', onClick: () => setOnDemand(true) },
          { label: 'Refresh', icon: '↻', onClick: () => void props.reload() },
        ]}
      />
      {p.job?.code === 'Quarantine' && (
        <div className="info-bar quarantine" role="alert" data-quarantine-reason={p.job.quarantineReason ?? ''}>
          Provisioning has been quarantined. See quarantine details for more information.
          {p.job.error && <span> Reason: {p.job.error}</span>}
        </div>
      )}
      <section className="card" aria-label="Current cycle status">
        <h3>Current cycle status</h3>
        <dl className="props">
          <dt>Provisioning Status</dt>
          <dd>{p.status}</dd>
          <dt>Scope</dt>
          <dd>{p.scope === 'assigned' ? 'Sync only assigned users and groups' : 'Sync all users and groups'}</dd>
          <dt>Last cycle</dt>
          <dd>
            {c
              ? `${c.errors.length ? 'Completed with errors' : 'Completed'} at ${formatDate(c.at)}`
              : 'Not run yet. The initial cycle starts when provisioning is On.'}
          </dd>
          {c && (
            <>
              <dt>Users created / updated / deactivated</dt>
              <dd>
                {c.created} / {c.updated} / {c.deactivated}
              </dd>
            </>
          )}
        </dl>
        {c && c.errors.length > 0 && (
          <ul className="field-error">
            {c.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <p className="muted small">Provisioning runs about every 40 minutes. "Restart provisioning" runs a cycle now.</p>
        <button type="button" className="link" onClick={() => setLogs(true)}>
          View provisioning logs
        </button>
      </section>
    </div>
  );
}
