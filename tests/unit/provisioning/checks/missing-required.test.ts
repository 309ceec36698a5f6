import { describe, expect, it } from 'vitest';
import { event, failure, ids, result, run } from '@/tests/unit/provisioning/support';

describe('missing-required rule', () => {
  it('explains a 400 that names a required userName as an empty mail', () => {
    const e = failure(
      'SystemForCrossDomainIdentityManagementBadRequest',
      'Web Response: {"status":"400","scimType":"invalidValue","detail":"Attribute \'userName\' is required"}',
      {
        modifiedProperties: [{ displayName: 'mail', oldValue: null, newValue: '' }],
      },
    );
    const r = result(run([e]), 'provisioning.missing-required');
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.detail).toContain('shows the user’s mail as empty');
    expect(r.finding.fix).toMatch(/Email.*userPrincipalName/s);
  });

  it('explains MandatoryFieldsMissing, MissingValues and a failed create whose mail is empty', () => {
    const results = run([
      failure('MandatoryFieldsMissing', null),
      failure('MissingValues', null),
      failure(null, 'StatusCode: BadRequest', { modifiedProperties: [{ displayName: 'mail', oldValue: null, newValue: null }] }),
    ]);
    expect(result(results, 'provisioning.missing-required').events).toEqual([0, 1, 2]);
  });

  it('treats ImportSkipped (empty matching value) as a warning, and leaves other 400s alone', () => {
    const skipped = event({
      status: 'skipped',
      error: { errorCode: 'ImportSkipped', errorCategory: null, reason: null, additionalDetails: null, recommendedAction: null },
    });
    expect(result(run([skipped]), 'provisioning.missing-required').finding.severity).toBe('warning');
    const other = failure('SystemForCrossDomainIdentityManagementBadRequest', 'StatusCode: BadRequest detail: phone number format', {
      modifiedProperties: [{ displayName: 'mail', oldValue: null, newValue: 'a@b.c' }],
    });
    expect(ids(run([other]))).toEqual(['provisioning.code.SystemForCrossDomainIdentityManagementBadRequest']);
  });
});
