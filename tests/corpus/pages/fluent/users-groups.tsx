/** @jsxImportSource react */
import {
  CheckboxVisibility,
  CommandBar,
  DetailsList,
  MessageBar,
  Persona,
  PersonaSize,
  SearchBox,
  SelectionMode,
  Stack,
  Text,
  type IColumn,
} from '@fluentui/react';
import type { ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';
import { withColIndex } from '@/tests/corpus/pages/kit/grid';

/**
 * Users and groups as a Fluent DetailsList in a React view (evidence 5, 9):
 * header cells as direct children of the header row; each row a check cell,
 * then a DetailsRowFields wrapper holding gridcells with aria-colindex. The
 * Display name cell shows a Persona with its initials coin (a guess: the
 * evidence does not say how names are drawn), so its text content starts with
 * the initials. Read-only: the judge is the extension's session.
 */

interface Assignment {
  name: string;
  type: 'User' | 'Group';
  role: string;
}

const ASSIGNED: Assignment[] = [
  { name: 'Adele Vance', type: 'User', role: 'User' },
  { name: 'Sales Team', type: 'Group', role: 'User' },
  { name: 'Alex Wilber', type: 'User', role: 'User' },
];

const COLUMNS: IColumn[] = [
  {
    key: 'name',
    name: 'Display name',
    minWidth: 220,
    isRowHeader: true,
    onRender: (a: Assignment) => <Persona text={a.name} size={PersonaSize.size24} />,
  },
  { key: 'type', name: 'Object Type', fieldName: 'type', minWidth: 120 },
  { key: 'role', name: 'Role assigned', fieldName: 'role', minWidth: 120 },
];

function UsersAndGroups(): ReactElement {
  useJudge(() => ({}));
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <CommandBar
        items={[
          { key: 'add', text: 'Add user/group', iconProps: { iconName: 'Add' } },
          { key: 'edit', text: 'Edit assignment', iconProps: { iconName: 'Edit' }, disabled: true },
          { key: 'remove', text: 'Remove', iconProps: { iconName: 'Delete' }, disabled: true },
          { key: 'refresh', text: 'Refresh', iconProps: { iconName: 'Refresh' } },
        ]}
      />
      <MessageBar>
        The application will appear for assigned users within My Apps. Set &apos;visible to users?&apos; to no in properties to prevent
        this.
      </MessageBar>
      <SearchBox placeholder="First 200 shown, search all users & groups" ariaLabel="Search users and groups" />
      <Text>{ASSIGNED.length} items</Text>
      <DetailsList
        items={ASSIGNED}
        columns={COLUMNS}
        selectionMode={SelectionMode.multiple}
        checkboxVisibility={CheckboxVisibility.always}
        onRenderField={withColIndex(COLUMNS)}
        ariaLabelForGrid="Assigned users and groups"
      />
    </Stack>
  );
}

mountFluent(<UsersAndGroups />);
