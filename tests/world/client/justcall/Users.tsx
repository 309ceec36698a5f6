import { useEffect, useState } from 'react';
import { JustCallUsersViewSchema, type JustCallUserView } from '../../server/portal-api/views';
import { api, errorText } from '../shared/api';
import { Alert } from './ui';

const SOURCE: Record<JustCallUserView['source'], string> = { owner: 'Owner', scim: 'SCIM', sso: 'SSO (just-in-time)' };

/** The team's users, as provisioning and SSO leave them. */
export function Users() {
  const [users, setUsers] = useState<JustCallUserView[] | null>(null);
  const [error, setError] = useState('');
  const load = () =>
    api(JustCallUsersViewSchema, 'GET', '/api/justcall/users').then(
      (v) => setUsers(v.users),
      (e: unknown) => setError(errorText(e)),
    );
  useEffect(() => {
    void load();
  }, []);
  return (
    <div className="jc-page">
      <div className="jc-page-head">
        <h1>Users</h1>
        <button type="button" className="jc-btn outline small" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {error && <Alert kind="error">{error}</Alert>}
      {!users ? (
        <div className="jc-loading">Loading…</div>
      ) : (
        <table className="jc-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Status</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.firstName} {u.lastName}
                </td>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td>
                  <span className={`jc-status ${u.active ? 'active' : 'inactive'}`}>{u.active ? 'Active' : 'Deactivated'}</span>
                </td>
                <td>{SOURCE[u.source]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
