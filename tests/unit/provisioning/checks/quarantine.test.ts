import { describe, expect, it } from 'vitest';
import { ids, job, result, run } from '@/tests/unit/provisioning/support';

const DAY = 86_400_000;

describe('quarantine rule', () => {
  it('says why, since when, the next attempt and how long until the job is disabled', () => {
    const began = new Date(Date.parse('2025-03-05T00:00:00Z') - 10 * DAY).toISOString();
    const j = job({
      code: 'Quarantine',
      quarantine: {
        reason: 'EncounteredEscrowProportionThreshold',
        currentBegan: began,
        nextAttempt: '2025-03-05T06:00:00.000Z',
        seriesBegan: began,
        seriesCount: 4,
        error: null,
      },
    });
    const r = result(run([], j), 'provisioning.quarantine');
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.detail).toContain('EncounteredEscrowProportionThreshold');
    expect(r.finding.detail).toContain('(4 attempts so far); about 18 days remain before Entra disables the job');
    expect(r.finding.detail).toContain('Next attempt: 2025-03-05 06:00 UTC');
    expect(r.finding.fix).toContain('Restart provisioning');
  });

  it('points at the Secret Token when that is the quarantine’s error, and at Microsoft for QuarantinedOnDemand', () => {
    const err = { code: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure', message: null, tenantActionable: true };
    const token = job({
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
    expect(result(run([], token), 'provisioning.quarantine').finding.fix).toContain('Secret Token');
    const ms = job({
      code: 'Quarantine',
      quarantine: {
        reason: 'QuarantineOnDemand',
        currentBegan: null,
        nextAttempt: null,
        seriesBegan: null,
        seriesCount: null,
        error: null,
      },
    });
    expect(result(run([], ms), 'provisioning.quarantine').finding.fix).toContain('Microsoft support');
  });

  it('is silent for a job that is not quarantined', () => {
    expect(ids(run([], job()))).toEqual([]);
  });
});
