import { describe, expect, it } from 'vitest';
import { result, run, skipped } from '@/tests/unit/provisioning/support';

describe('source-disabled rule', () => {
  it('explains a skip of a user who is not active in Entra', () => {
    const r = result(run([skipped({ IsActive: 'False', Assigned: 'True' })]), 'provisioning.source-disabled');
    expect(r.finding).toMatchObject({ severity: 'info', step: null });
  });
});
