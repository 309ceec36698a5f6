import { useState } from 'react';
import { AppDetailSchema } from '../../../../server/portal-api/views';
import { api, delay, errorText } from '../../../shared/api';
import { useDomId } from '../../../shared/ids';
import { useLabel } from '../../../shared/labels';
import { appRoute } from '../../route';
import { navigate } from '../nav';
import { useNotify } from '../notify';
import { Pane } from '../ui';

type Kind = 'appProxy' | 'federatedApp' | 'nonGallery';

const CHOICES: { kind: Kind; text: string }[] = [
  { kind: 'appProxy', text: 'Configure Application Proxy for secure remote access to an on-premises application' },
  { kind: 'federatedApp', text: "Register an application to integrate with Microsoft Entra ID (App you're developing)" },
  { kind: 'nonGallery', text: "Integrate any other application you don't find in the gallery (Non-gallery)" },
];

/** "Create your own application": name, what you want to do, Create. */
export function CreateOwnAppPane({ onClose }: { onClose: () => void }) {
  const L = useLabel();
  const nameId = useDomId('app-name');
  const groupId = useDomId('app-kind');
  const notify = useNotify();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const create = async () => {
    setBusy(true);
    setError('');
    try {
      // Like the portal, creation takes a moment.
      await delay(600);
      const app = await api(AppDetailSchema, 'POST', '/api/entra/apps', { name: name.trim(), kind });
      notify({ kind: 'success', title: 'Successfully added application', detail: `Application ${app.name} added successfully.` });
      navigate(appRoute(app, 'Overview'));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <Pane title="Create your own application" onClose={onClose}>
      <div className="field">
        <label htmlFor={nameId} className="field-label required">
          {L("What's the name of your app?")}
        </label>
        <input id={nameId} type="text" placeholder="Input name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div role="radiogroup" aria-labelledby={groupId} className="radio-group">
        <div id={groupId} className="field-label">
          What are you looking to do with your application?
        </div>
        {CHOICES.map((c) => (
          <label key={c.kind} className="radio">
            <input type="radio" name="app-kind" value={c.kind} checked={kind === c.kind} onChange={() => setKind(c.kind)} />
            <span>{c.text}</span>
          </label>
        ))}
      </div>
      {kind === 'appProxy' || kind === 'federatedApp' ? (
        <div className="info-bar">Only non-gallery applications can be created in this tenant.</div>
      ) : null}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <div className="pane-footer">
        <button type="button" className="primary" disabled={busy || !name.trim() || kind !== 'nonGallery'} onClick={() => void create()}>
          {busy ? 'Creating…' : 'Create'}
        </button>
      </div>
    </Pane>
  );
}
