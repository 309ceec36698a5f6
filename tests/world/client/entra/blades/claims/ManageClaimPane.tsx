import { useState } from 'react';
import { AppDetailSchema, type AppDetail, type ClaimView } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { Combobox } from '../../../shared/Combobox';
import { useDomId } from '../../../shared/ids';
import { useLabel } from '../../../shared/labels';
import { SaveIcon } from '../../../shared/icons';
import { useNotify } from '../notify';
import { CommandBar, Pane, TextField } from '../ui';
import { SOURCE_ATTRIBUTES } from './sourceAttributes';

export type ClaimTarget = { kind: 'new' } | { kind: 'claim'; claim: ClaimView } | { kind: 'nameId' };

/** "Manage claim": Name, Namespace, Choose name format, Source, Source attribute; Save. */
export function ManageClaimPane({
  app,
  target,
  onDone,
  onClose,
}: {
  app: AppDetail;
  target: ClaimTarget;
  onDone: (a: AppDetail) => void;
  onClose: () => void;
}) {
  const L = useLabel();
  const notify = useNotify();
  const sourceGroupId = useDomId('source');
  const start: Omit<ClaimView, 'id'> =
    target.kind === 'claim'
      ? target.claim
      : target.kind === 'nameId'
        ? { name: 'Unique User Identifier (Name ID)', namespace: '', source: 'Attribute', sourceAttribute: app.nameIdSourceAttribute }
        : { name: '', namespace: '', source: 'Attribute', sourceAttribute: '' };
  const [name, setName] = useState(start.name);
  const [namespace, setNamespace] = useState(start.namespace);
  const [source, setSource] = useState(start.source);
  const [sourceAttribute, setSourceAttribute] = useState(start.sourceAttribute);
  const [showFormat, setShowFormat] = useState(false);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setError('');
    if (target.kind !== 'nameId' && !name.trim()) return setError('Claim name is required.');
    if (!sourceAttribute) return setError('Source attribute is required.');
    setSaving(true);
    const base = `/api/entra/apps/${app.objectId}`;
    const body = { name: name.trim(), namespace: namespace.trim(), source, sourceAttribute };
    try {
      const saved =
        target.kind === 'nameId'
          ? await api(AppDetailSchema, 'PUT', `${base}/saml/nameid`, { sourceAttribute })
          : target.kind === 'claim'
            ? await api(AppDetailSchema, 'PUT', `${base}/claims/${target.claim.id}`, body)
            : await api(AppDetailSchema, 'POST', `${base}/claims`, body);
      notify({
        kind: 'success',
        title: 'Claim saved',
        detail: `Successfully saved claim ${target.kind === 'nameId' ? 'Unique User Identifier (Name ID)' : body.name}.`,
      });
      onDone(saved);
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  };

  return (
    <Pane title="Manage claim" onClose={onClose} wide>
      <CommandBar
        buttons={[
          { label: 'Save', icon: <SaveIcon />, onClick: () => void save(), disabled: saving },
          { label: 'Discard changes', icon: '✕', onClick: onClose },
          { label: 'Got feedback?', icon: '♡', onClick: () => undefined },
        ]}
      />
      {target.kind === 'nameId' ? (
        <div className="field">
          <div className="field-label">{L('Choose name identifier format')}</div>
          <div>Email address</div>
        </div>
      ) : (
        <>
          <TextField label={L('Name')} required value={name} onChange={setName} placeholder="Enter the name of the claim" />
          <TextField label={L('Namespace')} value={namespace} onChange={setNamespace} placeholder="Enter a namespace URI" />
          <button type="button" className="expander" aria-expanded={showFormat} onClick={() => setShowFormat((s) => !s)}>
            {showFormat ? '⌄' : '›'} {L('Choose name format')}
          </button>
          {showFormat && (
            <div className="muted small expander-body">Name format: Omitted (the claim is sent without a NameFormat attribute).</div>
          )}
        </>
      )}
      <div className="field" role="radiogroup" aria-labelledby={sourceGroupId}>
        <div id={sourceGroupId} className="field-label">
          {L('Source')}
        </div>
        <div className="radio-row">
          {(['Attribute', 'Transformation'] as const).map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="claim-source" value={s} checked={source === s} onChange={() => setSource(s)} />
              <span>{s}</span>
            </label>
          ))}
          <label className="radio disabled">
            <input type="radio" name="claim-source" disabled />
            <span>Directory schema extension</span>
          </label>
        </div>
      </div>
      <Combobox
        label={L(source === 'Transformation' ? 'Parameter 1' : 'Source attribute')}
        required
        options={SOURCE_ATTRIBUTES}
        value={sourceAttribute}
        onChange={setSourceAttribute}
        placeholder="Select from drop down or type a constant"
      />
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </Pane>
  );
}
