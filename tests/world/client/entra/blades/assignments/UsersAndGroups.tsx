import { useState } from 'react';
import { AppDetailSchema } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import type { AppProps } from '../BladeApp';
import { navigate } from '../nav';
import { TrashIcon } from '../../../shared/icons';
import { useNotify } from '../notify';
import { CommandBar } from '../ui';

/** Users and groups: the app's assignments. */
export function UsersAndGroups({ app, onApp, reload }: AppProps) {
  const notify = useNotify();
  const [selected, setSelected] = useState<string[]>([]);
  const remove = async () => {
    try {
      let latest = app;
      for (const id of selected)
        latest = await api(AppDetailSchema, 'DELETE', `/api/entra/apps/${app.objectId}/assignments/${encodeURIComponent(id)}`);
      onApp(latest);
      setSelected([]);
      notify({ kind: 'success', title: 'Assignments removed' });
    } catch (e) {
      notify({ kind: 'error', title: 'Could not remove assignment', detail: errorText(e) });
    }
  };
  return (
    <div className="page">
      <CommandBar
        buttons={[
          {
            label: 'Add user/group',
            icon: '+',
            onClick: () => navigate({ blade: 'addAssignment', objectId: app.objectId, appId: app.appId }),
          },
          { label: 'Edit assignment', icon: '✎', onClick: () => undefined, disabled: true },
          { label: 'Remove', icon: <TrashIcon />, onClick: () => void remove(), disabled: selected.length === 0 },
          { label: 'Refresh', icon: '↻', onClick: () => void reload() },
        ]}
      />
      <div className="info-bar">The application will appear for assigned users within My Apps.</div>
      <table className="grid">
        <thead>
          <tr>
            <th aria-label="Select" />
            <th>Display Name</th>
            <th>Object Type</th>
            <th>Role assigned</th>
          </tr>
        </thead>
        <tbody>
          {app.assignments.map((p) => (
            <tr key={p.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${p.displayName}`}
                  checked={selected.includes(p.id)}
                  onChange={(e) => setSelected((s) => (e.target.checked ? [...s, p.id] : s.filter((x) => x !== p.id)))}
                />
              </td>
              <td>{p.displayName}</td>
              <td>{p.type}</td>
              <td>Default Access</td>
            </tr>
          ))}
          {app.assignments.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No application assignments found
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
