import { describe, expect, it } from 'vitest';
import { ids, result, run, skipped } from '@/tests/unit/provisioning/support';

describe('in-sync rule', () => {
  it('reports RedundantExport as good news', () => {
    const e = skipped({ SkipReason: 'RedundantExport' }, null);
    const r = result(run([e]), 'provisioning.in-sync');
    expect(r.kind).toBe('success');
    expect(r.finding).toMatchObject({ severity: 'info', step: null });
  });

  it('leaves a skip with no reason to the generic EntrySynchronizationSkipped explanation', () => {
    expect(ids(run([skipped({})]))).toEqual(['provisioning.code.EntrySynchronizationSkipped']);
  });
});
