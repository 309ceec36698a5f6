import { describe, expect, it } from 'vitest';
import { event, failure, ids, result, run } from '@/tests/unit/provisioning/support';

const UPN = 'adele_contoso.com#EXT#@fabrikam.onmicrosoft.com';

describe('guest-upn rule', () => {
  it('explains a guest’s #EXT# UPN sent as userName, failing or not', () => {
    const failed = failure('SystemForCrossDomainIdentityManagementBadRequest', 'StatusCode: BadRequest "scimType":"invalidValue"', {
      modifiedProperties: [{ displayName: 'userName', oldValue: null, newValue: UPN }],
    });
    const accepted = event({ modifiedProperties: [{ displayName: 'userName', oldValue: null, newValue: UPN }] });
    const r = result(run([failed, accepted]), 'provisioning.guest-upn');
    expect(r.events).toEqual([0, 1]);
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.fix).toContain('source of userName to mail');
    expect(r.finding.detail).not.toContain('adele');
  });

  it('warns when JustCall accepted the #EXT# user name', () => {
    const r = result(
      run([event({ modifiedProperties: [{ displayName: 'userName', oldValue: null, newValue: UPN }] })]),
      'provisioning.guest-upn',
    );
    expect(r.finding.severity).toBe('warning');
    expect(r.finding.detail).toContain('now have an #EXT# address');
  });

  it('suspects a failing guest whose UPN is #EXT# when the export does not show userName, but not a guest mapped from mail', () => {
    const suspected = failure('SystemForCrossDomainIdentityManagementBadRequest', 'StatusCode: BadRequest', {
      modifiedProperties: [{ displayName: 'userPrincipalName', oldValue: null, newValue: UPN }],
    });
    expect(result(run([suspected]), 'provisioning.guest-upn').finding.detail).toContain('which the default mapping sends as userName');
    const mapped = event({
      modifiedProperties: [
        { displayName: 'userPrincipalName', oldValue: null, newValue: UPN },
        { displayName: 'userName', oldValue: null, newValue: 'adele@contoso.com' },
      ],
    });
    expect(ids(run([mapped]))).toEqual([]);
  });
});
