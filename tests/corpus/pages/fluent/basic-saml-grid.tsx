/** @jsxImportSource react */
import {
  Checkbox,
  CheckboxVisibility,
  CommandBar,
  DetailsList,
  DetailsListLayoutMode,
  IconButton,
  Label,
  Link,
  SelectionMode,
  Stack,
  TextField,
  type IColumn,
} from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';
import { withColIndex } from '@/tests/corpus/pages/kit/grid';
import { saved } from '@/tests/corpus/pages/kit/judge';

/**
 * Basic SAML Configuration whose Identifier and Reply URL lists are Fluent
 * DetailsLists (evidence 5): a header row of column headers, then per row a
 * check cell and a DetailsRowFields wrapper whose gridcells (aria-colindex)
 * hold the URL's TextField, the Default checkbox and Delete. The TextField in
 * a cell has no label of its own: its column header names it.
 */

interface Row {
  value: string;
  isDefault: boolean;
}

function UrlGrid(p: { title: string; add: string; rows: Row[]; onChange: (rows: Row[]) => void }): ReactElement {
  const set = (i: number, patch: Partial<Row>) => p.onChange(p.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const columns: IColumn[] = [
    {
      key: 'value',
      name: p.title,
      minWidth: 320,
      isResizable: true,
      onRender: (_item: Row, i?: number) => (
        <TextField value={p.rows[i ?? 0]?.value ?? ''} onChange={(_e, v) => set(i ?? 0, { value: v ?? '' })} />
      ),
    },
    {
      key: 'default',
      name: 'Default',
      minWidth: 70,
      onRender: (_item: Row, i?: number) => (
        <Checkbox ariaLabel="Default" checked={p.rows[i ?? 0]?.isDefault ?? false} onChange={(_e, c) => set(i ?? 0, { isDefault: !!c })} />
      ),
    },
    {
      key: 'delete',
      name: '',
      minWidth: 40,
      onRender: (_item: Row, i?: number) => (
        <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel="Delete" onClick={() => p.onChange(p.rows.filter((_r, j) => j !== i))} />
      ),
    },
  ];
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Label required>{p.title}</Label>
      <DetailsList
        items={p.rows}
        columns={columns}
        selectionMode={SelectionMode.multiple}
        checkboxVisibility={CheckboxVisibility.onHover}
        layoutMode={DetailsListLayoutMode.justified}
        onRenderField={withColIndex(columns)}
      />
      <Link onClick={() => p.onChange([...p.rows, { value: '', isDefault: p.rows.length === 0 }])}>{p.add}</Link>
    </Stack>
  );
}

function BasicSamlPane(): ReactElement {
  const [identifiers, setIdentifiers] = useState<Row[]>([{ value: '', isDefault: true }]);
  const [replyUrls, setReplyUrls] = useState<Row[]>([{ value: '', isDefault: true }]);
  const [signOnUrl, setSignOnUrl] = useState('');
  const [relayState, setRelayState] = useState('');
  const [logoutUrl, setLogoutUrl] = useState('');
  useJudge(() => ({
    identifier: saved(identifiers.map((r) => r.value)),
    replyUrl: saved(replyUrls.map((r) => r.value)),
    signOnUrl,
    relayState,
    logoutUrl,
  }));
  return (
    <Stack tokens={{ childrenGap: 14 }} styles={{ root: { padding: 16 } }}>
      <CommandBar items={[{ key: 'save', text: 'Save', iconProps: { iconName: 'Save' } }]} />
      <UrlGrid title="Identifier (Entity ID)" add="Add identifier" rows={identifiers} onChange={setIdentifiers} />
      <UrlGrid title="Reply URL (Assertion Consumer Service URL)" add="Add reply URL" rows={replyUrls} onChange={setReplyUrls} />
      <TextField label="Sign on URL (Optional)" value={signOnUrl} onChange={(_e, v) => setSignOnUrl(v ?? '')} />
      <TextField label="Relay State (Optional)" value={relayState} onChange={(_e, v) => setRelayState(v ?? '')} />
      <TextField label="Logout Url (Optional)" value={logoutUrl} onChange={(_e, v) => setLogoutUrl(v ?? '')} />
    </Stack>
  );
}

mountFluent(<BasicSamlPane />);
