import { readTable, readTableExtent } from '@/utils/dom/read-table';
import { findLabelElements } from '@/utils/dom/read-value';
import { pageLabel, variantsFor } from '@/utils/features/labels';
import type { SetupSession } from '@/utils/setup/session';
import { num } from '@/utils/setup/wizard/observations';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { buttonIn } from '@/utils/features/fields';
import { defineFeature } from '@/utils/features/types';

/**
 * Entra: Enterprise app > Users and groups. Read-only: who is assigned.
 * A user not assigned (directly, or through a group that directly holds
 * them) gets AADSTS50105.
 */

const L = {
  addUserGroup: { en: ['Add user/group'] },
  displayName: { en: ['Display Name', 'Name'] },
  objectType: { en: ['Object Type', 'Type'] },
  role: { en: ['Role assigned', 'Role'] },
  noAssignments: { en: ['No application assignments found'] },
  assign: { en: ['Assign'] },
} as const;

export interface Assignment {
  displayName: string;
  /** "User" or "Group" as the page shows it; '' when not shown. */
  type: string;
  role: string;
}

export interface UsersGroupsRead {
  found: boolean;
  /** The rows read: a long, virtualised list renders only some of them. */
  assignments: Assignment[];
  /** How many are assigned: what the grid says it holds (aria-rowcount), else the rows read. */
  count: number;
}

const COLUMNS = { displayName: L.displayName.en, type: L.objectType.en, role: L.role.en };

function detect(root: ParentNode): Element | null {
  const add = buttonIn(root, L.addUserGroup);
  if (!add) return null;
  // The list sits beside the command bar: climb until the table is in view.
  for (let el: Element | null = add.parentElement; el; el = el.parentElement) {
    if (readTable(el, COLUMNS, ['displayName'])) return el;
    // An app with nobody assigned may show only a sentence where the grid would be.
    if (findLabelElements(el, variantsFor(L.noAssignments)).length > 0) return el;
  }
  return null;
}

function collect(root: ParentNode): UsersGroupsRead {
  const scope = detect(root);
  if (!scope) return { found: false, assignments: [], count: 0 };
  const table = readTableExtent(scope, COLUMNS, ['displayName']);
  const assignments = (table?.rows ?? [])
    .filter((r) => (r.cells.displayName ?? '') !== '')
    .map((r) => ({ displayName: r.cells.displayName ?? '', type: r.cells.type ?? '', role: r.cells.role ?? '' }));
  return { found: true, assignments, count: table?.total ?? assignments.length };
}

/** An Entra app with nobody assigned. */
function mismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/users-groups'];
  if (!obs || num(obs, 'assigned') !== 0) return [];
  return [
    {
      id: 'no-users-assigned',
      step: 'assignment',
      title: 'No users or groups are assigned',
      detail: 'Only assigned users can sign in; everyone else gets AADSTS50105. Nested groups do not count.',
      fix: `Users and groups → ${pageLabel(L.addUserGroup)} → select users or groups → ${pageLabel(L.assign)}.`,
    },
  ];
}

export const usersGroups = defineFeature({
  id: 'entra/users-groups',
  portal: 'entra',
  step: 'assignment',
  page: 'Enterprise app > Users and groups',
  title: 'Users and groups',
  labels: L,
  hints: ['addUserGroup'],
  detect,
  collect,
  // Only how many: the session is in storage.local, and people's names have no business there.
  observe: (r) => (r.found ? { saved: true, values: { assigned: r.count } } : null),
  notes: (root) => {
    const r = collect(root);
    return r.found && r.count === 0
      ? [
          `Nobody is assigned: every sign-in will fail with AADSTS50105. Click "${pageLabel(L.addUserGroup)}", pick users or groups, then ${pageLabel(L.assign)}. Nested groups do not count.`,
        ]
      : [];
  },
  mismatches,
});
