import { useState } from 'react';
import { AppDetailSchema, type PrincipalView } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { appRoute } from '../../route';
import type { AppProps } from '../BladeApp';
import { navigate } from '../nav';
import { useNotify } from '../notify';
import { PrincipalPicker } from './PrincipalPicker';

function selectionText(selected: PrincipalView[]): string {
  if (selected.length === 0) return 'None Selected';
  const users = selected.filter((p) => p.type === 'User').length;
  const groups = selected.length - users;
  const parts = [];
  if (users) parts.push(`${users} user${users > 1 ? 's' : ''}`);
  if (groups) parts.push(`${groups} group${groups > 1 ? 's' : ''}`);
  return `${parts.join(', ')} selected.`;
}

/** "Add Assignment": Users and groups (picker), role, Assign. */
export function AddAssignment({ app }: AppProps) {
  const notify = useNotify();
  const [selected, setSelected] = useState<PrincipalView[]>([]);
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const assign = async () => {
    setBusy(true);
    try {
      await api(AppDetailSchema, 'POST', `/api/entra/apps/${app.objectId}/assignments`, { principalIds: selected.map((p) => p.id) });
      notify({ kind: 'success', title: 'Assignment succeeded', detail: `${selected.length} assignment(s) added to ${app.name}.` });
      navigate(appRoute(app, 'UsersAndGroups'));
    } catch (e) {
      notify({ kind: 'error', title: 'Assignment failed', detail: errorText(e) });
      setBusy(false);
    }
  };
  return (
    <div className="page add-assignment">
      <div className="info-bar">
        When you assign a group to an application, only users directly in the group will have access. The assignment does not cascade to
        nested groups.
      </div>
      <section className="card assignment-row" aria-label="Users and groups">
        <h3>Users and groups</h3>
        <button type="button" className="link-button" onClick={() => setPicking(true)}>
          {selectionText(selected)}
        </button>
      </section>
      <section className="card assignment-row" aria-label="Select a role">
        <h3>Select a role</h3>
        <span>User</span>
      </section>
      <div className="page-footer">
        <button type="button" className="primary" disabled={busy || selected.length === 0} onClick={() => void assign()}>
          Assign
        </button>
      </div>
      {picking && (
        <PrincipalPicker
          initial={selected}
          onClose={() => setPicking(false)}
          onSelect={(s) => {
            setSelected(s);
            setPicking(false);
          }}
        />
      )}
    </div>
  );
}
