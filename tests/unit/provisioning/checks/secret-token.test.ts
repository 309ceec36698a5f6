import { describe, expect, it } from 'vitest';
import { failure, ids, job, result, run } from '@/tests/unit/provisioning/support';

describe('secret-token rule', () => {
  it('explains CredentialValidationFailure and a bare 401 as a token JustCall no longer accepts', () => {
    const results = run([
      failure('SystemForCrossDomainIdentityManagementCredentialValidationFailure', 'Response Status Code: Unauthorized'),
      failure(null, 'StatusCode: Unauthorized Message: …'),
      failure('SystemForCrossDomainIdentityManagementUnauthorized', null),
    ]);
    const r = result(results, 'provisioning.secret-token');
    expect(r.events).toEqual([0, 1, 2]);
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.fix).toMatch(/Secret Token.*Test Connection/);
    expect(r.finding.detail).toContain('HTTP 401');
  });

  it('explains a job quarantined for the token (EncounteredQuarantineException)', () => {
    const err = {
      code: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
      message: 'Response Status Code: Unauthorized',
      tenantActionable: true,
    };
    const j = job({
      code: 'Quarantine',
      quarantine: {
        reason: 'EncounteredQuarantineException',
        currentBegan: null,
        nextAttempt: null,
        seriesBegan: null,
        seriesCount: 1,
        error: err,
      },
    });
    const r = result(run([], j), 'provisioning.secret-token');
    expect(r.explainsJob).toBe(true);
    expect(r.finding.detail).toContain('the job is in quarantine');
  });

  it('does not take the authorised-but-refused codes (InsufficientRights, plain Unauthorized)', () => {
    const results = run([failure('Unauthorized', 'not permitted'), failure('InsufficientRights', null)]);
    expect(ids(results)).toEqual(['provisioning.code.InsufficientRights']);
  });
});
