/** Fluent drawings of Users and groups (a DetailsList with row checks), Add Assignment and the user/group picker. */
import {
  CheckboxVisibility,
  CommandBar,
  Link,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  SearchBox,
  Selection,
  SelectionMode,
  Stack,
  Text,
  type IColumn,
} from '@fluentui/react';
import { useEffect, useMemo, useState } from 'react';
import type { PrincipalView } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra } from '../../ibiza/api';
import { appRoute, formatHash } from '../../route';
import { PickedSchema, selectionText } from '../../ibiza/picked';
import { Grid } from '../grid';
import { attempt, page, useApp, useCtx } from '../kit';

type Row = PrincipalView & { key: string };

/** The keys (principal ids) of the selected rows. */
function keysOf(s: Selection): string[] {
  return s.getSelection().map((r) => String(r.key));
}

export function UsersAndGroups() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed, reload } = useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const selection = useMemo(() => {
    const s: Selection = new Selection({ onSelectionChanged: () => setSelected(keysOf(s)) });
    return s;
  }, []);
  if (!app) return null;
  const remove = async () => {
    for (const id of selected) {
      const a = await attempt(ctx, t('requestFailed'), () => entra.unassign(app.objectId, id));
      if (a) changed(a);
    }
  };
  const columns: IColumn[] = [
    { key: 'name', name: t('displayName'), fieldName: 'displayName', minWidth: 200 },
    { key: 'type', name: t('objectType'), minWidth: 100, onRender: (p: Row) => (p.type === 'User' ? t('user') : t('group')) },
    { key: 'role', name: t('roleAssigned'), minWidth: 140, onRender: () => t('defaultAccess') },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 12 }}>
      <CommandBar
        items={[
          {
            key: 'add',
            text: t('addUserGroup'),
            iconProps: { iconName: 'Add' },
            onClick: () => ctx.host.navigate(formatHash({ blade: 'addAssignment', objectId: app.objectId, appId: app.appId })),
          },
          { key: 'edit', text: t('editAssignment'), iconProps: { iconName: 'Edit' }, disabled: true },
          {
            key: 'remove',
            text: t('remove'),
            iconProps: { iconName: 'Delete' },
            disabled: selected.length === 0,
            onClick: () => void remove(),
          },
          { key: 'refresh', text: t('refresh'), iconProps: { iconName: 'Refresh' }, onClick: () => void reload() },
        ]}
      />
      <MessageBar>{t('assignmentsInfo')}</MessageBar>
      {app.assignments.length === 0 ? (
        <Text>{t('noAssignments')}</Text>
      ) : (
        <Grid
          items={app.assignments.map((p) => ({ ...p, key: p.id }))}
          columns={columns}
          selection={selection}
          selectionMode={SelectionMode.multiple}
          checkboxVisibility={CheckboxVisibility.always}
          ariaLabelForGrid={t('usersAndGroups')}
          ariaLabelForSelectionColumn="Toggle selection"
          checkButtonAriaLabel="select row"
        />
      )}
    </Stack>
  );
}

export function AddAssignment() {
  const ctx = useCtx();
  const { t } = ctx;
  const objectId = ctx.params.objectId ?? '';
  const [selected, setSelected] = useState<PrincipalView[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(
    () =>
      ctx.host.onPaneResult((data) => {
        const parsed = PickedSchema.safeParse(data);
        if (parsed.success) setSelected(parsed.data.picked);
      }),
    [ctx.host],
  );
  const assign = async () => {
    setBusy(true);
    try {
      const a = await entra.assign(
        objectId,
        selected.map((p) => p.id),
      );
      ctx.host.notify({ kind: 'success', title: t('assignmentSucceeded'), detail: a.name });
      ctx.host.appChanged();
      ctx.host.navigate(formatHash(appRoute(a, 'UsersAndGroups')));
    } catch (e) {
      ctx.host.notify({ kind: 'error', title: t('requestFailed'), detail: errorText(e) });
      setBusy(false);
    }
  };
  return (
    <Stack styles={page} tokens={{ childrenGap: 16 }}>
      <MessageBar>{t('nestedGroupsInfo')}</MessageBar>
      <Stack tokens={{ childrenGap: 4 }} styles={{ root: { border: '1px solid #edebe9', padding: 12 } }}>
        <Text variant="mediumPlus">{t('usersAndGroups')}</Text>
        <Link onClick={() => ctx.host.openPane('PrincipalPicker', { objectId, selected: selected.map((p) => p.id).join(',') })}>
          {selectionText(selected, t)}
        </Link>
      </Stack>
      <Stack tokens={{ childrenGap: 4 }} styles={{ root: { border: '1px solid #edebe9', padding: 12 } }}>
        <Text variant="mediumPlus">{t('selectRole')}</Text>
        <Text>{t('user')}</Text>
      </Stack>
      <Stack horizontal>
        <PrimaryButton text={t('assign')} disabled={busy || selected.length === 0} onClick={() => void assign()} />
      </Stack>
    </Stack>
  );
}

export function PrincipalPicker() {
  const ctx = useCtx();
  const { t } = ctx;
  const [all, setAll] = useState<Row[] | null>(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const [pickedKeys, setPickedKeys] = useState<string[]>([]);
  const initial = ctx.params.selected ?? '';
  const selection = useMemo(() => {
    const s: Selection = new Selection({ onSelectionChanged: () => setPickedKeys(keysOf(s)) });
    return s;
  }, []);
  useEffect(() => {
    entra.directory().then(
      (d) => {
        const rows = d.map((p) => ({ ...p, key: p.id }));
        setAll(rows);
        const wanted = new Set(initial.split(',').filter(Boolean));
        selection.setItems(rows, false);
        for (const r of rows) if (wanted.has(r.id)) selection.setKeySelected(r.key, true, false);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [initial, selection]);
  const picked = (all ?? []).filter((p) => pickedKeys.includes(p.id));
  const q = search.trim().toLowerCase();
  const shown = (all ?? []).filter((p) => !q || p.displayName.toLowerCase().includes(q) || p.detail.toLowerCase().includes(q));
  const columns: IColumn[] = [
    { key: 'name', name: t('displayName'), fieldName: 'displayName', minWidth: 160 },
    { key: 'detail', name: '', fieldName: 'detail', minWidth: 240 },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 12 }}>
      <SearchBox placeholder={t('search')} value={search} onChange={(_, v) => setSearch(v ?? '')} />
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <Grid
        items={shown}
        columns={columns}
        selection={selection}
        setKey="principals"
        selectionMode={SelectionMode.multiple}
        checkboxVisibility={CheckboxVisibility.always}
        ariaLabelForGrid={t('usersAndGroups')}
        ariaLabelForSelectionColumn="Toggle selection"
        checkButtonAriaLabel="select row"
      />
      <Text variant="mediumPlus">{t('selectedCount', { n: picked.length })}</Text>
      <ul>
        {picked.map((p) => (
          <li key={p.id}>{p.displayName}</li>
        ))}
      </ul>
      <Stack horizontal>
        <PrimaryButton
          text={t('select')}
          onClick={() => {
            ctx.host.paneResult({ picked: picked.map(({ key: _key, ...p }) => p) });
            ctx.host.closePane();
          }}
        />
      </Stack>
    </Stack>
  );
}
