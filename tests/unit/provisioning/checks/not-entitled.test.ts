import { describe, expect, it } from 'vitest';
import { result, run, skipped } from '@/tests/unit/provisioning/support';

describe('not-entitled rule', () => {
  it('explains NotEffectivelyEntitled for an assigned user as a warning about the assignment', () => {
    const results = run([
      skipped({ SkipReason: 'NotEffectivelyEntitled', Assigned: 'True', IsEffectivelyEntitledForProvisioning: 'False' }),
    ]);
    const r = result(results, 'provisioning.not-entitled');
    expect(r.finding).toMatchObject({ severity: 'warning', step: 'assignment' });
    expect(r.finding.fix).toMatch(/remove that assignment and assign again/);
  });
});
