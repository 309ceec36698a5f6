import { readTable } from '@/utils/dom/read-table';
import { buttonIn } from '@/utils/portals/fields';
import type { PortalFeature } from '@/utils/portals/types';

/**
 * Entra: Enterprise app > Users and groups. Read-only: who is assigned.
 * A user not assigned (directly, or through a group that directly holds
 * them) gets AADSTS50105.
 */

export const USERS_GROUPS_LABELS = {
  addUserGroup: { en: ['Add user/group'] },
  displayName: { en: ['Display Name', 'Name'] },
  objectType: { en: ['Object Type', 'Type'] },
  role: { en: ['Role assigned', 'Role'] },
  assign: { en: ['Assign'] },
} as const;
const L = USERS_GROUPS_LABELS;

export interface Assignment {
  displayName: string;
  /** "User" or "Group" as the page shows it; '' when not shown. */
  type: string;
  role: string;
}

export interface UsersGroupsRead {
  found: boolean;
  assignments: Assignment[];
}

const COLUMNS = { displayName: L.displayName.en, type: L.objectType.en, role: L.role.en };

function detect(root: ParentNode): Element | null {
  const add = buttonIn(root, L.addUserGroup);
  if (!add) return null;
  // The list sits beside the command bar: climb until the table is in view.
  for (let el: Element | null = add.parentElement; el; el = el.parentElement) {
    if (readTable(el, COLUMNS, ['displayName'])) return el;
  }
  return null;
}

function read(root: ParentNode): UsersGroupsRead {
  const scope = detect(root);
  if (!scope) return { found: false, assignments: [] };
  const rows = readTable(scope, COLUMNS, ['displayName']) ?? [];
  return {
    found: true,
    assignments: rows
      .filter((r) => (r.cells.displayName ?? '') !== '')
      .map((r) => ({ displayName: r.cells.displayName ?? '', type: r.cells.type ?? '', role: r.cells.role ?? '' })),
  };
}

export const usersGroups: PortalFeature<UsersGroupsRead> = {
  id: 'entra.users-groups',
  portal: 'entra',
  step: 'assignment',
  page: 'Enterprise app > Users and groups',
  labels: L,
  detect,
  read,
};
