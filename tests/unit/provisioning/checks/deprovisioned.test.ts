import { describe, expect, it } from 'vitest';
import { event, failure, ids, result, run, step } from '@/tests/unit/provisioning/support';

describe('deprovisioned rule', () => {
  it('reports a successful disable, active=false update or delete as a success', () => {
    const results = run([
      event({ action: 'disable' }),
      event({ action: 'update', modifiedProperties: [{ displayName: 'active', oldValue: 'True', newValue: 'False' }] }),
      event({ action: 'update', steps: [step({ name: 'EntryExportUpdateSoftDelete' })] }),
      event({ action: 'delete' }),
    ]);
    const r = result(results, 'provisioning.deprovisioned');
    expect(r.events).toEqual([0, 1, 2, 3]);
    expect(r.kind).toBe('success');
    expect(r.finding).toMatchObject({ severity: 'info', step: null });
    expect(r.finding.detail).toContain('3 deactivated and 1 deleted');
    expect(results.filter((x) => x.finding.severity === 'error')).toEqual([]);
  });

  it('does not call a failed deactivation a success', () => {
    expect(ids(run([failure('InternalServerError', null, { action: 'disable' })]))).toEqual(['provisioning.justcall-unavailable']);
  });
});
