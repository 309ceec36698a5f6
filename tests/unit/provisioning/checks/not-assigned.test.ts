import { describe, expect, it } from 'vitest';
import { result, run, skipped } from '@/tests/unit/provisioning/support';

describe('not-assigned rule', () => {
  it('explains a skip whose scoping says Assigned False, in either spelling of the key, even with SkipReason NotEffectivelyEntitled', () => {
    const results = run([
      skipped({ Assigned: 'False' }),
      skipped({ SkipReason: 'NotEffectivelyEntitled', 'Assigned to the application': 'False' }, null),
    ]);
    const r = result(results, 'provisioning.not-assigned');
    expect(r.events).toEqual([0, 1]);
    expect(r.kind).toBe('skip');
    expect(r.finding).toMatchObject({ severity: 'info', step: 'assignment' });
    expect(r.finding.fix).toMatch(/Users and groups.*Sync all users and groups/s);
  });
});
