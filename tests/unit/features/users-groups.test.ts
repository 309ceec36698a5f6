// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { usersGroups } from '@/utils/features/entra/users-groups';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Users and groups', () => {
  it('observes how many are assigned, never who', () => {
    document.body.innerHTML = `<main><button>Add user/group</button>
      <table><thead><tr><th>Display Name</th><th>Object Type</th><th>Role assigned</th></tr></thead>
      <tbody><tr><td>Adele Vance</td><td>User</td><td>User</td></tr><tr><td>Sales</td><td>Group</td><td>User</td></tr></tbody></table></main>`;
    const read = usersGroups.collect(document);
    expect(read.assignments.map((a) => a.displayName)).toEqual(['Adele Vance', 'Sales']);
    const observed = usersGroups.observe?.(read, document);
    expect(observed).toEqual({ saved: true, values: { assigned: 2 } });
    expect(JSON.stringify(observed)).not.toContain('Adele');
  });
});
