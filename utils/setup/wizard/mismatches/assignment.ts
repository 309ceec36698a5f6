import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { num } from '@/utils/setup/wizard/observations';

/** An Entra app with nobody assigned. */
export function assignmentMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/users-groups'];
  if (!obs) return [];
  const count = num(obs, 'assigned');
  if (count === 0) {
    return [
      {
        id: 'no-users-assigned',
        step: 'assignment',
        title: 'No users or groups are assigned',
        detail: 'Only assigned users can sign in; everyone else gets AADSTS50105. Nested groups do not count.',
        fix: 'Users and groups → Add user/group → select users or groups → Assign.',
      },
    ];
  }
  return [];
}
