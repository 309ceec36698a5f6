import { describe, expect, it } from 'vitest';
import { lastCycle, summarise } from '@/utils/provisioning/summary';
import { event, failure, inputOf, job } from './support';
import { runRules } from '@/utils/provisioning/checks';
import type { JobStatus, ProvisioningEvent } from '@/utils/provisioning/types';

function summary(events: ProvisioningEvent[], j: JobStatus | null = null) {
  return summarise(events, runRules(inputOf(events, j)), j);
}

describe('the last cycle', () => {
  it('is the cycle of the latest event that names one', () => {
    const events = [
      event({ cycleId: 'old', time: '2025-03-04T09:00:00.000Z' }),
      event({ cycleId: 'new', time: '2025-03-04T10:00:00.000Z', status: 'failure' }),
      event({ cycleId: 'new', time: '2025-03-04T10:01:00.000Z' }),
      event({ cycleId: null, time: '2025-03-04T11:00:00.000Z' }),
    ];
    const c = lastCycle(events)!;
    expect(c.idx).toEqual([1, 2]);
    expect(c.summary).toMatchObject({ cycleId: 'new', from: '2025-03-04T10:00:00.000Z', to: '2025-03-04T10:01:00.000Z', events: 2 });
    expect(c.summary.byStatus).toMatchObject({ failure: 1, success: 1 });
  });

  it('is every event when none names a cycle, and nothing without events', () => {
    expect(lastCycle([event({ cycleId: null }), event({ cycleId: null })])?.idx).toEqual([0, 1]);
    expect(lastCycle([])).toBeNull();
  });
});

describe('the top cause', () => {
  it('is the error behind most events of the last cycle, not of older cycles', () => {
    const events = [
      ...[1, 2, 3].map(() => failure('InvalidDomain', null, { cycleId: 'old', time: '2025-03-04T09:00:00.000Z' })),
      failure('LicenseLimitExceeded', null, { cycleId: 'new', time: '2025-03-04T10:00:00.000Z' }),
      failure('TooManyRequests', null, { cycleId: 'new', time: '2025-03-04T10:00:00.000Z' }),
      failure('TooManyRequests', null, { cycleId: 'new', time: '2025-03-04T10:00:00.000Z' }),
    ];
    const s = summary(events);
    // An error outranks more frequent warnings.
    expect(s.topCause).toMatchObject({ findingId: 'provisioning.code.LicenseLimitExceeded', events: 1 });
    expect(s.headline).toBe('Last cycle: 3 failed, 0 skipped, 0 succeeded. Top cause: JustCall has no free seat for this user (1 event).');
  });

  it('is the job’s state when the job is stopped, its specific cause before the quarantine itself', () => {
    const err = { code: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure', message: null, tenantActionable: true };
    const j = job({
      code: 'Quarantine',
      quarantine: {
        reason: 'EncounteredQuarantineException',
        currentBegan: null,
        nextAttempt: null,
        seriesBegan: null,
        seriesCount: null,
        error: err,
      },
    });
    const s = summary([failure('InvalidDomain', null), failure('InvalidDomain', null)], j);
    expect(s.topCause).toMatchObject({ findingId: 'provisioning.secret-token', explainsJob: true, events: 0 });
    const escrow = job({
      code: 'Quarantine',
      quarantine: {
        reason: 'EncounteredEscrowProportionThreshold',
        currentBegan: null,
        nextAttempt: null,
        seriesBegan: null,
        seriesCount: null,
        error: null,
      },
    });
    expect(summary([failure('InvalidDomain', null)], escrow).topCause?.findingId).toBe('provisioning.quarantine');
  });

  it('is the commonest skip when nothing failed, and null when all is well', () => {
    const skip = (d: Record<string, string>) =>
      event({ status: 'skipped', steps: [{ name: 'S', type: 'scoping', status: 'skipped', description: '', details: d }] });
    const s = summary([skip({ Assigned: 'False' }), skip({ Assigned: 'False' }), skip({ IsActive: 'False' })]);
    expect(s.topCause).toMatchObject({ findingId: 'provisioning.not-assigned', kind: 'skip', events: 2 });
    expect(s.headline).toContain('Nothing failed. Why users were skipped: The user is not assigned to the JustCall app.');
    const fine = summary([event(), event({ action: 'disable' })]);
    expect(fine.topCause).toBeNull();
    expect(fine.headline).toBe('Last cycle: 0 failed, 0 skipped, 2 succeeded. Nothing failed.');
    expect(summary([]).headline).toBe('No provisioning events or job status were found.');
  });
});
