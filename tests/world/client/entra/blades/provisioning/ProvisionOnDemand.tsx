import { useState } from 'react';
import { OnDemandResultSchema } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';

type Step = { title: string; status: string; description: string };

/** Provision on demand (provisioning-facts.md §4.3): pick one user, Provision, and the steps with their status. */
export function ProvisionOnDemand({ objectId, onClose }: { objectId: string; onClose: () => void }) {
  const [user, setUser] = useState('');
  const [steps, setSteps] = useState<Step[] | null>(null);
  const [error, setError] = useState('');
  const provision = async () => {
    try {
      setError('');
      const r = await api(OnDemandResultSchema, 'POST', `/api/entra/apps/${encodeURIComponent(objectId)}/provisioning/on-demand`, { user });
      setSteps(r.steps);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section className="page provision-on-demand" aria-label="Provision on demand">
      <h2>Provision on demand</h2>
      <label htmlFor="pod-user">Selected user</label>
      <input
        id="pod-user"
        type="text"
        value={user}
        placeholder="Search by user principal name or e-mail"
        onChange={(e) => setUser(e.target.value)}
      />
      <button type="button" className="primary" disabled={!user.trim()} onClick={() => void provision()}>
        Provision
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
      {error && <p className="field-error">{error}</p>}
      {steps && (
        <ol className="pod-steps">
          {steps.map((s, i) => (
            <li key={i} data-status={s.status}>
              <h4>{s.title}</h4>
              <span>{s.status} | View details</span>
              <p className="muted small">{s.description}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
