import { describe, expect, it } from 'vitest';
import { failure, ids, result, run } from '@/tests/unit/provisioning/support';

describe('entry-conflict rule', () => {
  it('explains EntryConflict (any prefix), a 409 and scimType uniqueness as a user who already exists in JustCall', () => {
    const results = run([
      failure('ContosoEntryConflict', 'HTTP status code 409'),
      failure('SystemForCrossDomainIdentityManagementEntryConflict', null),
      failure(null, '{"status":"409","scimType":"uniqueness"}'),
      failure('Conflict', null),
    ]);
    const r = result(results, 'provisioning.entry-conflict');
    expect(r.events).toEqual([0, 1, 2, 3]);
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.fix).toMatch(/matching precedence 1/);
    expect(r.finding.detail).toContain('with scimType uniqueness');
  });

  it('leaves duplicate entries to the code rule', () => {
    expect(ids(run([failure('DuplicateTargetEntries', null)]))).toEqual(['provisioning.code.DuplicateTargetEntries']);
  });
});
