import { describe, expect, it } from 'vitest';
import { result, run, skipped } from '@/tests/unit/provisioning/support';

describe('scoping-filter rule', () => {
  it('explains a failed scoping filter', () => {
    const results = run([
      skipped({ Assigned: 'True', IsInProvisioningScope: 'False' }),
      skipped({ ScopeEvaluationResult: '{"Sales.department EQUALS \'Sales\'":false}' }),
    ]);
    const r = result(results, 'provisioning.scoping-filter');
    expect(r.events).toEqual([0, 1]);
    expect(r.finding.step).toBe('scim');
  });
});
