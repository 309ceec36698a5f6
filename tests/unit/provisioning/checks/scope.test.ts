import { describe, expect, it } from 'vitest';
import { event, ids, result, run, step } from '@/tests/unit/provisioning/support';

function skipped(details: Record<string, string>, code: string | null = 'EntrySynchronizationSkipped') {
  return event({
    status: 'skipped',
    action: 'other',
    steps: [step({ name: 'EntrySynchronizationScoping', type: 'scoping', status: 'skipped', details })],
    error: code ? { errorCode: code, errorCategory: null, reason: null, additionalDetails: null, recommendedAction: null } : null,
  });
}

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

describe('source-disabled rule', () => {
  it('explains a skip of a user who is not active in Entra', () => {
    const r = result(run([skipped({ IsActive: 'False', Assigned: 'True' })]), 'provisioning.source-disabled');
    expect(r.finding).toMatchObject({ severity: 'info', step: null });
  });
});

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
