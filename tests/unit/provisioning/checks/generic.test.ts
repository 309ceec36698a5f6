import { describe, expect, it } from 'vitest';
import { event, failure, ids, result, run } from '@/tests/unit/provisioning/support';

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

describe('error-code rule', () => {
  it('explains a known code, naming the prefix it matched through and whether Entra retries', () => {
    const r = result(run([failure('ContosoInvalidAnchor', null)]), 'provisioning.code.InvalidAnchor');
    expect(r.finding.detail).toContain('InvalidAnchor with the target’s prefix “Contoso”');
    expect(r.finding.step).toBe('scim');
    expect(result(run([failure('InternalError', null)]), 'provisioning.code.InternalError').finding.detail).toContain(
      'Entra retries it by itself',
    );
  });

  it('says when a reading is inferred', () => {
    const r = result(
      run([failure('AzureActiveDirectoryQuotaLimitExceeded', null)]),
      'provisioning.code.AzureActiveDirectoryQuotaLimitExceeded',
    );
    expect(r.finding.detail).toContain('This reading is inferred');
  });

  it('quotes Entra’s reason and recommended action for a code it does not know', () => {
    const e = failure('ContosoFrobnicated', 'The frobnicator is out of order.');
    e.error!.recommendedAction = 'Replace the frobnicator.';
    const r = result(run([e]), 'provisioning.code.ContosoFrobnicated');
    expect(r.finding.title).toContain('a code this tool does not know');
    expect(r.finding.detail).toContain('The frobnicator is out of order.');
    expect(r.finding.fix).toBe('Entra recommends: Replace the frobnicator.');
  });

  it('makes one finding per code', () => {
    expect(ids(run([failure('InvalidDomain', null), failure('InvalidDomain', null), failure('LicenseLimitExceeded', null)]))).toEqual([
      'provisioning.code.InvalidDomain',
      'provisioning.code.LicenseLimitExceeded',
    ]);
  });
});

describe('http-status rule', () => {
  it('explains a failure with no code by its HTTP status', () => {
    const r = result(run([failure(null, 'HTTP status code 413')]), 'provisioning.http.413');
    expect(r.finding.title).toContain('HTTP 413');
    expect(r.finding.step).toBeNull();
  });
});

describe('unexplained rule', () => {
  it('collects failures nothing else explains, with the failed step and Entra’s reason', () => {
    const r = result(run([failure(null, 'Something odd happened.')]), 'provisioning.unexplained');
    expect(r.finding.detail).toMatch(/Failed step: EntryExportAdd\. Entra’s reason: “Something odd happened\.”/);
  });

  it('never fires for successes or skips', () => {
    expect(ids(run([event(), event({ status: 'skipped' })]))).toEqual([]);
  });
});
