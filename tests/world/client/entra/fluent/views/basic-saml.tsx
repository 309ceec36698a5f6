/**
 * Fluent drawing of the Basic SAML Configuration pane: Save at the top; for a
 * new non-gallery app no Identifier or Reply URL input until "Add identifier"
 * / "Add reply URL" is clicked; a Default checkbox per row; the gallery-style
 * variant hides the optional URLs behind "Set additional URLs".
 */
import { ActionButton, Checkbox, CommandBar, IconButton, Link, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import { useEffect, useState } from 'react';
import {
  addRow,
  hasErrors,
  initialBasicSamlDraft,
  setRowDefault,
  validateBasicSaml,
  type BasicSamlErrors,
} from '../../../../server/portal-api/basic-saml-rules';
import type { BasicSamlBody, UrlRow } from '../../../../server/portal-api/views';
import { entra } from '../../ibiza/api';
import { attempt, InfoLabel, optionalLabel, page, useApp, useCtx, useDomId } from '../kit';

interface RowsProps {
  label: string;
  help: string;
  addText: string;
  rows: UrlRow[];
  onChange: (rows: UrlRow[]) => void;
  /** How each row's input is named: its own aria-label, or the list's heading. */
  naming: { ariaLabel: string } | 'heading';
  error?: string;
  rowErrors?: Record<number, string>;
}

function UrlRows({ label, help, addText, rows, onChange, naming, error, rowErrors }: RowsProps) {
  const { t } = useCtx();
  const headingId = useDomId('rows');
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <InfoLabel id={headingId} text={label} info={help} required />
      <Text variant="small">{help}</Text>
      {rows.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <span style={{ flex: 1 }} />
            <Text variant="small" styles={{ root: { width: 64 } }}>
              {t('default')}
            </Text>
            <span style={{ width: 32 }} />
          </Stack>
          {rows.map((row, i) => (
            <Stack key={i} horizontal verticalAlign="start" tokens={{ childrenGap: 8 }}>
              <TextField
                styles={{ root: { flex: 1 } }}
                value={row.value}
                onChange={(_, v) => onChange(rows.map((r, j) => (j === i ? { ...r, value: v ?? '' } : r)))}
                errorMessage={rowErrors?.[i]}
                {...(naming === 'heading' ? { 'aria-labelledby': headingId } : { ariaLabel: naming.ariaLabel })}
              />
              <Checkbox
                ariaLabel={t('default')}
                checked={row.isDefault}
                onChange={(_, on) => onChange(setRowDefault(rows, i, Boolean(on)))}
                styles={{ root: { width: 64, paddingTop: 6 } }}
              />
              <IconButton
                iconProps={{ iconName: 'Delete' }}
                title={t('delete')}
                ariaLabel={t('delete')}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            </Stack>
          ))}
        </Stack>
      )}
      <Link onClick={() => onChange(addRow(rows))}>{addText}</Link>
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
    </Stack>
  );
}

function UrlField({
  label,
  info,
  value,
  onChange,
  placeholder,
  error,
}: {
  label: string;
  info: string;
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
  error?: string;
}) {
  const id = useDomId('url');
  const labelId = `${id}-label`;
  return (
    <TextField
      id={id}
      aria-labelledby={labelId}
      value={value}
      placeholder={placeholder}
      errorMessage={error}
      onChange={(_, v) => onChange(v ?? '')}
      onRenderLabel={() => <InfoLabel id={labelId} htmlFor={id} text={label} info={info} />}
    />
  );
}

export function BasicSamlConfiguration() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed } = useApp();
  const gallery = ctx.ui.basicSaml === 'gallery';
  const [draft, setDraft] = useState<BasicSamlBody | null>(null);
  const [errors, setErrors] = useState<BasicSamlErrors>({});
  const [saving, setSaving] = useState(false);
  const [more, setMore] = useState(false);
  // The pane draws from the app once; later it redraws only from a saved answer.
  useEffect(() => {
    if (app && !draft) setDraft(initialBasicSamlDraft(app, ctx.ui.basicSaml));
  }, [app, draft, ctx.ui.basicSaml]);
  if (!app || !draft) return null;
  const set = (patch: Partial<BasicSamlBody>) => setDraft({ ...draft, ...patch });
  const save = async () => {
    const found = validateBasicSaml(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setSaving(true);
    const a = await attempt(ctx, t('saveFailed'), () => entra.saveBasicSaml(app.objectId, draft));
    setSaving(false);
    if (!a) return;
    ctx.host.notify({ kind: 'success', title: t('savedSso'), detail: a.name });
    setDraft(initialBasicSamlDraft(a, ctx.ui.basicSaml));
    changed(a);
  };
  const optionalUrls = (
    <Stack tokens={{ childrenGap: 12 }}>
      <UrlField
        label={optionalLabel(ctx, t('signOnUrl'))}
        info={t('signOnHelp')}
        value={draft.signOnUrl}
        onChange={(signOnUrl) => set({ signOnUrl })}
        placeholder="Enter a sign on URL"
        error={errors.signOnUrl}
      />
      <UrlField
        label={optionalLabel(ctx, t('relayState'))}
        info={t('relayHelp')}
        value={draft.relayState}
        onChange={(relayState) => set({ relayState })}
        placeholder="Enter a relay state"
      />
      <UrlField
        label={optionalLabel(ctx, t('logoutUrl'))}
        info={t('logoutHelp')}
        value={draft.logoutUrl}
        onChange={(logoutUrl) => set({ logoutUrl })}
        placeholder="Enter a logout url"
        error={errors.logoutUrl}
      />
    </Stack>
  );
  return (
    <Stack styles={page} tokens={{ childrenGap: 18 }}>
      <CommandBar
        items={[
          { key: 'save', text: t('save'), iconProps: { iconName: 'Save' }, disabled: saving, onClick: () => void save() },
          { key: 'feedback', text: t('gotFeedback'), iconProps: { iconName: 'Feedback' } },
        ]}
      />
      <UrlRows
        label={t('identifier')}
        help={t('identifierHelp')}
        addText={t('addIdentifier')}
        rows={draft.identifiers}
        onChange={(identifiers) => set({ identifiers })}
        naming={{ ariaLabel: t('identifier') }}
        error={errors.identifiers}
        rowErrors={errors.identifierRows}
      />
      <UrlRows
        label={t('replyUrl')}
        help={t('replyUrlHelp')}
        addText={t('addReplyUrl')}
        rows={draft.replyUrls}
        onChange={(replyUrls) => set({ replyUrls })}
        naming="heading"
        error={errors.replyUrls}
        rowErrors={errors.replyUrlRows}
      />
      {gallery ? (
        <>
          <ActionButton iconProps={{ iconName: more ? 'ChevronDown' : 'ChevronRight' }} aria-expanded={more} onClick={() => setMore(!more)}>
            {t('setAdditionalUrls')}
          </ActionButton>
          {more && optionalUrls}
        </>
      ) : (
        optionalUrls
      )}
    </Stack>
  );
}
