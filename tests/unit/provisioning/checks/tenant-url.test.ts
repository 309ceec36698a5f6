import { describe, expect, it } from 'vitest';
import { event, failure, ids, job, result, run, step } from '@/tests/unit/provisioning/support';

describe('tenant-url rule', () => {
  it('explains a 404 on a lookup as the wrong Tenant URL', () => {
    const e = failure(null, 'Error: StatusCode: NotFound Message: Processing of the HTTP request resulted in an exception.', {
      steps: [step({ name: 'EntryImport', type: 'matching', status: 'failure' })],
    });
    const r = result(run([e]), 'provisioning.tenant-url');
    expect(r.finding).toMatchObject({ severity: 'error', step: 'scim' });
    expect(r.finding.detail).toContain('HTTP 404');
    expect(r.finding.fix).toContain('Tenant URL');
    expect(r.events).toEqual([0]);
  });

  it('explains the portal’s “SCIM Compliance issue”, an unreachable host and CredentialValidationUnavailable', () => {
    const results = run([
      failure(
        'SystemForCrossDomainIdentityManagementServiceIncompatible',
        'SCIM Compliance issue: HTTP/404 was returned where 200 was expected',
      ),
      failure(null, 'An error occurred while sending the request. The remote name could not be resolved'),
      failure('CredentialValidationUnavailable', 'An error occured while sending the request.'),
    ]);
    expect(result(results, 'provisioning.tenant-url').events).toEqual([0, 1, 2]);
  });

  it('explains the job’s InvalidCredentials “valid tenant URL” even with no events', () => {
    const j = job({
      code: 'Quarantine',
      lastExecution: {
        state: 'Failed',
        timeBegan: null,
        timeEnded: null,
        error: {
          code: 'SystemForCrossDomainIdentityManagementInvalidCredentials',
          message: 'Please provide a valid tenant URL for your application.',
          tenantActionable: true,
        },
      },
    });
    const r = result(run([], j), 'provisioning.tenant-url');
    expect(r.explainsJob).toBe(true);
    expect(r.finding.detail).toContain('valid tenant URL');
  });

  it('leaves a 404 when updating a known user (the user is gone) and InvalidAnchor to other rules', () => {
    const gone = failure(null, 'StatusCode: NotFound', { steps: [step({ name: 'EntryExportUpdate', type: 'export', status: 'failure' })] });
    const anchor = failure('InvalidAnchor', 'HTTP status code 404');
    const results = run([gone, anchor, event()]);
    expect(ids(results)).not.toContain('provisioning.tenant-url');
    expect(ids(results)).toEqual(expect.arrayContaining(['provisioning.http.404', 'provisioning.code.InvalidAnchor']));
  });
});
