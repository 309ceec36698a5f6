import { describe, expect, it } from 'vitest';
import { failure, ids, result, run } from '@/tests/unit/provisioning/support';

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
