/** Fluent drawings of Attributes & Claims (grids) and Manage claim (ChoiceGroup source, a ComboBox that also takes a typed constant). */
import {
  ChoiceGroup,
  ComboBox,
  CommandBar,
  IconButton,
  Link,
  MessageBar,
  MessageBarType,
  SelectionMode,
  Stack,
  Text,
  TextField,
  type IColumn,
} from '@fluentui/react';
import { useEffect, useState } from 'react';
import type { ClaimView } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { SOURCE_ATTRIBUTES } from '../../blades/claims/sourceAttributes';
import { claimUri, entra } from '../../ibiza/api';
import { Grid } from '../grid';
import { attempt, page, useApp, useCtx, useDomId } from '../kit';

export function AttributesAndClaims() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed } = useApp();
  if (!app) return null;
  const pane = (claimId: string) => ctx.host.openPane('ManageClaim', { objectId: app.objectId, claimId });
  const remove = async (c: ClaimView) => {
    const a = await attempt(ctx, t('requestFailed'), () => entra.deleteClaim(app.objectId, c.id));
    if (!a) return;
    changed(a);
    ctx.host.notify({ kind: 'success', title: t('claimDeleted'), detail: claimUri(c) });
  };
  const required: IColumn[] = [
    { key: 'name', name: t('claimName'), minWidth: 260, onRender: () => <Link onClick={() => pane('nameId')}>{t('uniqueUserId')}</Link> },
    { key: 'type', name: t('type'), minWidth: 60, onRender: () => 'SAML' },
    { key: 'value', name: t('value'), minWidth: 220, onRender: () => `${app.nameIdSourceAttribute} [nameid-for...` },
  ];
  const additional: IColumn[] = [
    { key: 'name', name: t('claimName'), minWidth: 380, onRender: (c: ClaimView) => <Link onClick={() => pane(c.id)}>{claimUri(c)}</Link> },
    { key: 'type', name: t('type'), minWidth: 60, onRender: () => 'SAML' },
    { key: 'value', name: t('value'), fieldName: 'sourceAttribute', minWidth: 200 },
    {
      key: 'menu',
      name: '',
      minWidth: 40,
      onRender: (c: ClaimView) => (
        <IconButton
          iconProps={{ iconName: 'More' }}
          title={t('moreOptions')}
          ariaLabel={`${t('moreOptions')} ${claimUri(c)}`}
          menuProps={{ items: [{ key: 'delete', text: t('delete'), onClick: () => void remove(c) }] }}
        />
      ),
    },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 12 }}>
      <CommandBar
        items={[
          { key: 'add', text: t('addNewClaim'), iconProps: { iconName: 'Add' }, onClick: () => pane('new') },
          { key: 'group', text: t('addGroupClaim'), iconProps: { iconName: 'Add' }, disabled: true },
          { key: 'feedback', text: t('gotFeedback'), iconProps: { iconName: 'Feedback' } },
        ]}
      />
      <Text variant="mediumPlus">{t('requiredClaim')}</Text>
      <Grid items={[{ key: 'nameId' }]} columns={required} selectionMode={SelectionMode.none} ariaLabelForGrid={t('requiredClaim')} />
      <Text variant="mediumPlus">{t('additionalClaims')}</Text>
      <Grid items={app.claims} columns={additional} selectionMode={SelectionMode.none} ariaLabelForGrid={t('additionalClaims')} />
    </Stack>
  );
}

export function ManageClaim() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed } = useApp();
  const claimId = ctx.params.claimId ?? 'new';
  const nameIdClaim = claimId === 'nameId';
  const nameId = useDomId('claimname');
  const nsId = useDomId('claimns');
  const [draft, setDraft] = useState<Omit<ClaimView, 'id'> | null>(null);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!app || draft) return;
    const c = app.claims.find((x) => x.id === claimId);
    setDraft(c ?? { name: '', namespace: '', source: 'Attribute', sourceAttribute: nameIdClaim ? app.nameIdSourceAttribute : '' });
  }, [app, draft, claimId, nameIdClaim]);
  if (!app || !draft) return null;
  const save = async () => {
    setError('');
    if (!nameIdClaim && !draft.name.trim()) return setError('Claim name is required.');
    if (!draft.sourceAttribute.trim()) return setError('Source attribute is required.');
    const body = { ...draft, name: draft.name.trim(), namespace: draft.namespace.trim(), sourceAttribute: draft.sourceAttribute.trim() };
    setSaving(true);
    try {
      const a = nameIdClaim
        ? await entra.saveNameId(app.objectId, body.sourceAttribute)
        : claimId === 'new'
          ? await entra.addClaim(app.objectId, body)
          : await entra.updateClaim(app.objectId, claimId, body);
      ctx.host.notify({ kind: 'success', title: t('claimSaved'), detail: nameIdClaim ? t('uniqueUserId') : body.name });
      changed(a);
      ctx.host.closePane();
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  };
  return (
    <Stack styles={page} tokens={{ childrenGap: 14 }}>
      <CommandBar
        items={[
          { key: 'save', text: t('save'), iconProps: { iconName: 'Save' }, disabled: saving, onClick: () => void save() },
          { key: 'discard', text: t('discard'), iconProps: { iconName: 'Cancel' }, onClick: () => ctx.host.closePane() },
        ]}
      />
      {nameIdClaim ? (
        <TextField label={t('nameIdFormat')} readOnly value={t('emailAddress')} />
      ) : (
        <>
          <TextField id={nameId} label={t('name')} required value={draft.name} onChange={(_, v) => setDraft({ ...draft, name: v ?? '' })} />
          <TextField
            id={nsId}
            label={t('namespace')}
            placeholder="Enter a namespace URI"
            value={draft.namespace}
            onChange={(_, v) => setDraft({ ...draft, namespace: v ?? '' })}
          />
        </>
      )}
      <ChoiceGroup
        label={t('source')}
        selectedKey={draft.source}
        onChange={(_, o) => o && (o.key === 'Attribute' || o.key === 'Transformation') && setDraft({ ...draft, source: o.key })}
        options={[
          { key: 'Attribute', text: t('attribute') },
          { key: 'Transformation', text: t('transformation') },
          { key: 'DirectorySchemaExtension', text: t('directorySchemaExtension'), disabled: true },
        ]}
        styles={{ flexContainer: { display: 'flex', gap: 16 } }}
      />
      <ComboBox
        label={t('sourceAttribute')}
        required
        allowFreeform
        autoComplete="on"
        placeholder={t('sourceAttributePlaceholder')}
        options={SOURCE_ATTRIBUTES.map((a) => ({ key: a, text: a }))}
        selectedKey={SOURCE_ATTRIBUTES.find((a) => a === draft.sourceAttribute) ?? null}
        text={draft.sourceAttribute}
        onChange={(_, option, __, value) => setDraft({ ...draft, sourceAttribute: String(option?.key ?? value ?? '') })}
      />
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
    </Stack>
  );
}
