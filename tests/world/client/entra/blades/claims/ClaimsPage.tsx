import { useState } from 'react';
import { AppDetailSchema, type ClaimView } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { useLabel } from '../../../shared/labels';
import type { AppProps } from '../BladeApp';
import { useNotify } from '../notify';
import { CommandBar } from '../ui';
import { ManageClaimPane, type ClaimTarget } from './ManageClaimPane';
import { claimUri } from './sourceAttributes';

/** "Attributes & Claims": the required claim (Name ID) and the additional claims. */
export function ClaimsPage({ app, onApp }: AppProps) {
  const L = useLabel();
  const notify = useNotify();
  const [target, setTarget] = useState<ClaimTarget | null>(null);
  const [paneKey, setPaneKey] = useState(0);
  const [menuFor, setMenuFor] = useState('');

  const open = (t: ClaimTarget) => {
    setPaneKey((k) => k + 1);
    setTarget(t);
  };
  const remove = async (c: ClaimView) => {
    setMenuFor('');
    try {
      onApp(await api(AppDetailSchema, 'DELETE', `/api/entra/apps/${app.objectId}/claims/${c.id}`));
      notify({ kind: 'success', title: 'Claim deleted', detail: `Deleted claim ${claimUri(c)}.` });
    } catch (e) {
      notify({ kind: 'error', title: 'Could not delete claim', detail: errorText(e) });
    }
  };

  return (
    <div className="page">
      <CommandBar
        buttons={[
          { label: L('Add new claim'), icon: '+', onClick: () => open({ kind: 'new' }) },
          { label: 'Add a group claim', icon: '+', onClick: () => undefined, disabled: true },
          { label: 'Columns', icon: '☰', onClick: () => undefined, disabled: true },
          { label: 'Got feedback?', icon: '♡', onClick: () => undefined },
        ]}
      />
      <section aria-label={L('Required claim')}>
        <h3>{L('Required claim')}</h3>
        <table className="grid clickable">
          <thead>
            <tr>
              <th>Claim name</th>
              <th>Type</th>
              <th>Value</th>
            </tr>
          </thead>
          <tbody>
            <tr onClick={() => open({ kind: 'nameId' })}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={(e) => {
                    e.stopPropagation();
                    open({ kind: 'nameId' });
                  }}
                >
                  {L('Unique User Identifier (Name ID)')}
                </button>
              </td>
              <td>SAML</td>
              <td>{app.nameIdSourceAttribute} [nameid-for...</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section aria-label={L('Additional claims')}>
        <h3>{L('Additional claims')}</h3>
        <table className="grid clickable">
          <thead>
            <tr>
              <th>Claim name</th>
              <th>Type</th>
              <th>Value</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {app.claims.map((c) => (
              <tr key={c.id} onClick={() => open({ kind: 'claim', claim: c })}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={(e) => {
                      e.stopPropagation();
                      open({ kind: 'claim', claim: c });
                    }}
                  >
                    {claimUri(c)}
                  </button>
                </td>
                <td>SAML</td>
                <td>{c.sourceAttribute}</td>
                <td className="menu-cell" onClick={(e) => e.stopPropagation()}>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`More options for ${claimUri(c)}`}
                    aria-haspopup="menu"
                    aria-expanded={menuFor === c.id}
                    onClick={() => setMenuFor(menuFor === c.id ? '' : c.id)}
                  >
                    …
                  </button>
                  {menuFor === c.id && (
                    <div role="menu" className="context-menu">
                      <button type="button" role="menuitem" onClick={() => void remove(c)}>
                        Delete
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
            {app.claims.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  No additional claims
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <section aria-label="Advanced settings" className="muted small">
        <h3>Advanced settings</h3>
        <p>Advanced SAML claims options · Claim conditions</p>
      </section>
      {target && (
        <ManageClaimPane
          key={paneKey}
          app={app}
          target={target}
          onClose={() => setTarget(null)}
          onDone={(a) => {
            onApp(a);
            setTarget(null);
          }}
        />
      )}
    </div>
  );
}
