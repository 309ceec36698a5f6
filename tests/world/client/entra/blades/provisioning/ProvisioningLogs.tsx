import { Fragment, useCallback, useEffect, useState } from 'react';
import { ProvisioningLogsSchema, type ProvisioningLogRecordView } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { CommandBar, formatDate } from '../ui';

/**
 * Provisioning logs (provisioning-facts.md §1.5): the grid's standard columns
 * (Date, Identity, Action, Source System, Target System, Status), a detail
 * pane with its four tabs, and Download, which saves the records as the
 * admin center does: a minified top-level JSON array (§1.9).
 */

const TABS = ['Steps', 'Troubleshooting & Recommendations', 'Modified Properties', 'Summary'] as const;
type Tab = (typeof TABS)[number];

const ACTIONS: Record<string, string> = { create: 'Create', update: 'Update', disable: 'Disable', delete: 'Delete', other: 'Other' };

function label(status: string): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

function download(records: readonly ProvisioningLogRecordView[]): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(records)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'ProvisioningLogs.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Detail({ record, onClose }: { record: ProvisioningLogRecordView; onClose: () => void }) {
  const [tab, setTab] = useState<Tab>('Steps');
  const err = record.provisioningStatusInfo.errorInformation;
  return (
    <aside className="card provisioning-log-detail" aria-label="Provisioning log details">
      <h3>
        {record.sourceIdentity.displayName} <button onClick={onClose}>Close</button>
      </h3>
      <div role="tablist">
        {TABS.map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
            {t}
          </button>
        ))}
      </div>
      {tab === 'Steps' && (
        <ol>
          {record.provisioningSteps.map((s, i) => (
            <li key={i} data-status={s.status}>
              <strong>{label(s.status)}</strong> {s.description}
              {/* The step's details under it, as the portal lists a skipped user's SkipReason, IsActive, … (§4.3). */}
              {Object.keys(s.details).length > 0 && (
                <dl className="props step-details">
                  {Object.entries(s.details).map(([k, v]) => (
                    <Fragment key={k}>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </Fragment>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
      {tab === 'Troubleshooting & Recommendations' && (
        <dl className="props">
          <dt>Error Code</dt>
          <dd>{err?.errorCode ?? 'None'}</dd>
          <dt>Reason</dt>
          <dd>{err?.reason ?? ''}</dd>
          {err?.recommendedAction && (
            <>
              <dt>Recommended action</dt>
              <dd>{err.recommendedAction}</dd>
            </>
          )}
        </dl>
      )}
      {tab === 'Modified Properties' && (
        <table>
          <thead>
            <tr>
              <th>Display Name</th>
              <th>Old Value</th>
              <th>New Value</th>
            </tr>
          </thead>
          <tbody>
            {record.modifiedProperties.map((m) => (
              <tr key={m.displayName}>
                <td>{m.displayName}</td>
                <td>{m.oldValue ?? ''}</td>
                <td>{m.newValue ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {tab === 'Summary' && (
        <dl className="props">
          <dt>Activity ID</dt>
          <dd>{record.id}</dd>
          <dt>Change ID</dt>
          <dd>{record.changeId}</dd>
          <dt>Cycle ID</dt>
          <dd>{record.cycleId}</dd>
          <dt>Job ID</dt>
          <dd>{record.jobId}</dd>
          <dt>Source ID</dt>
          <dd>{record.sourceIdentity.id}</dd>
          <dt>Target ID</dt>
          <dd>{record.targetIdentity.id}</dd>
        </dl>
      )}
    </aside>
  );
}

export function ProvisioningLogs({ objectId, onClose }: { objectId: string; onClose: () => void }) {
  const [records, setRecords] = useState<ProvisioningLogRecordView[] | null>(null);
  const [error, setError] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setRecords((await api(ProvisioningLogsSchema, 'GET', `/api/entra/apps/${encodeURIComponent(objectId)}/provisioning/logs`)).value);
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  }, [objectId]);
  useEffect(() => {
    void load();
  }, [load]);
  const selected = records?.find((r) => r.id === open) ?? null;
  return (
    <section className="page provisioning-logs" aria-label="Provisioning logs">
      <h2>Provisioning logs</h2>
      <CommandBar
        buttons={[
          { label: 'Download', icon: '⤓', onClick: () => records && download(records), disabled: !records || records.length === 0 },
          { label: 'Refresh', icon: '↻', onClick: () => void load() },
          { label: 'Close', icon: '✕', onClick: onClose },
        ]}
      />
      {error && <p className="field-error">{error}</p>}
      {records && records.length === 0 && <p className="muted">No provisioning events in the selected time range.</p>}
      {records && records.length > 0 && (
        <table className="grid" role="grid" aria-label="Provisioning logs">
          <thead>
            <tr>
              <th>Date</th>
              <th>Identity</th>
              <th>Action</th>
              <th>Source System</th>
              <th>Target System</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id} aria-selected={r.id === open} onClick={() => setOpen(r.id)} data-status={r.provisioningStatusInfo.status}>
                <td>{formatDate(r.activityDateTime)}</td>
                <td>{r.sourceIdentity.displayName}</td>
                <td>{ACTIONS[r.provisioningAction] ?? r.provisioningAction}</td>
                <td>{r.sourceSystem.displayName}</td>
                <td>{r.targetSystem.displayName}</td>
                <td>{label(r.provisioningStatusInfo.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && <Detail record={selected} onClose={() => setOpen(null)} />}
    </section>
  );
}
