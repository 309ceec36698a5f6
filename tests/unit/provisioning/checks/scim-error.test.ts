import { describe, expect, it } from 'vitest';
import { failure, result, run } from '@/tests/unit/provisioning/support';

describe('scim-error rule', () => {
  it('explains a failure by its scimType when no earlier rule does', () => {
    const r = result(
      run([failure('SystemForCrossDomainIdentityManagementBadRequest', 'StatusCode: BadRequest "scimType":"mutability"')]),
      'provisioning.scim.mutability',
    );
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.fix).toContain('Only during creation');
  });
});
