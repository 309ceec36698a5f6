import { useEffect, useState } from 'react';
import { DirectoryViewSchema, type PrincipalView } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { Pane, Spinner } from '../ui';

/** The "Users and groups" picker: search, check rows, Select. */
export function PrincipalPicker({
  initial,
  onSelect,
  onClose,
}: {
  initial: PrincipalView[];
  onSelect: (s: PrincipalView[]) => void;
  onClose: () => void;
}) {
  const [all, setAll] = useState<PrincipalView[] | null>(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const [checked, setChecked] = useState<PrincipalView[]>(initial);
  useEffect(() => {
    api(DirectoryViewSchema, 'GET', '/api/entra/directory').then(
      (d) => setAll(d.principals),
      (e: unknown) => setError(errorText(e)),
    );
  }, []);
  const q = search.trim().toLowerCase();
  const shown = (all ?? []).filter((p) => !q || p.displayName.toLowerCase().includes(q) || p.detail.toLowerCase().includes(q));
  const toggle = (p: PrincipalView, on: boolean) => setChecked((c) => (on ? [...c, p] : c.filter((x) => x.id !== p.id)));
  return (
    <Pane title="Users and groups" onClose={onClose}>
      <input type="search" aria-label="Search" placeholder="Search" value={search} onChange={(e) => setSearch(e.target.value)} />
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      {!all ? (
        <Spinner />
      ) : (
        <ul className="picker-list" aria-label="Users and groups">
          {shown.map((p) => (
            <li key={p.id}>
              <label className="picker-row">
                <input type="checkbox" checked={checked.some((c) => c.id === p.id)} onChange={(e) => toggle(p, e.target.checked)} />
                <span className="avatar" aria-hidden="true">
                  {p.displayName
                    .split(' ')
                    .map((w) => w[0] ?? '')
                    .join('')
                    .slice(0, 2)}
                </span>
                <span className="picker-text">
                  <span>{p.displayName}</span>
                  <span className="muted">{p.type === 'User' ? p.detail : `Group · ${p.detail}`}</span>
                </span>
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="muted">No results</li>}
        </ul>
      )}
      <h3>Selected ({checked.length})</h3>
      <ul className="selected-list">
        {checked.map((p) => (
          <li key={p.id}>
            {p.displayName}{' '}
            <button type="button" className="link-button" onClick={() => toggle(p, false)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="pane-footer">
        <button type="button" className="primary" onClick={() => onSelect(checked)}>
          Select
        </button>
      </div>
    </Pane>
  );
}
