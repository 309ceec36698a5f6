import { describe, expect, it } from 'vitest';
import { provisioningExitCode } from '@/utils/provisioning/analyse';
import { analyseCsvTrio, analyseFixture, ids } from './support';

/** The scenarios of the provisioning doctor, each on a realistic export. */
describe('provisioning scenarios', () => {
  it('a user with an empty mail fails because userName/emails are missing: fix the mail or the mapping', () => {
    for (const a of [analyseFixture('download-missing-mail.json'), analyseCsvTrio()]) {
      expect(a.summary.topCause).toMatchObject({ findingId: 'provisioning.missing-required', step: 'scim', severity: 'error' });
      const f = a.findings[0]!;
      expect(f.fix).toContain('Properties > Email');
      expect(f.fix).toContain('Attribute mapping');
      expect(provisioningExitCode(a)).toBe(1);
    }
  });

  it('a 409 uniqueness / EntryConflict: the user already exists in JustCall, fix the matching attribute', () => {
    for (const name of [
      'graph-entry-conflict.json',
      'azure-monitor-rows.json',
      'ms-graph-list-example2-error.txt',
      'ms-graph-beta-box-conflict.txt',
    ]) {
      const a = analyseFixture(name);
      expect(a.summary.topCause, name).toMatchObject({ findingId: 'provisioning.entry-conflict', step: 'scim' });
      expect(a.findings[0]?.fix).toContain('matching precedence 1');
    }
  });

  it('a 401 and a quarantine: the Secret Token was regenerated in JustCall, paste the new one and Test Connection', () => {
    const events = analyseFixture('download-secret-token.json');
    expect(events.summary.topCause).toMatchObject({ findingId: 'provisioning.secret-token', step: 'scim', events: 2 });
    const j = analyseFixture('job-quarantine-secret-token.json');
    expect(ids(j)).toEqual(['provisioning.secret-token', 'provisioning.quarantine']);
    expect(j.summary.topCause).toMatchObject({ findingId: 'provisioning.secret-token', explainsJob: true });
    expect(j.summary.headline).toContain('Provisioning is in quarantine');
    expect(j.findings[0]?.fix).toMatch(/Secret Token, click Test Connection/);
    expect(j.findings[1]?.detail).toContain('about 28 days remain');
  });

  it('users out of scope or not assigned are skipped: the assignment or the scope setting', () => {
    const a = analyseFixture('download-skipped-scope.json');
    expect(ids(a)).toEqual(['provisioning.not-entitled', 'provisioning.not-assigned', 'provisioning.scoping-filter']);
    expect(a.findings.map((f) => f.step)).toEqual(['assignment', 'assignment', 'scim']);
    expect(provisioningExitCode(a)).toBe(0);
    const od = analyseFixture('on-demand-not-assigned.json');
    expect(od.summary.topCause).toMatchObject({ findingId: 'provisioning.not-assigned', step: 'assignment', kind: 'skip' });
  });

  it('a wrong Tenant URL: 404, an unreachable host, or the job’s “Please provide a valid tenant URL”', () => {
    const a = analyseFixture('download-tenant-url.json');
    expect(a.summary.topCause).toMatchObject({ findingId: 'provisioning.tenant-url', step: 'scim', events: 2 });
    const j = analyseFixture('ms-job-status-quarantine-invalid-url.txt', '2021-05-25T00:00:00Z');
    expect(ids(j)).toEqual(['provisioning.tenant-url', 'provisioning.quarantine']);
    expect(j.findings[0]?.fix).toContain('Tenant URL');
  });

  it('JustCall answering 5xx (retried in about 40 minutes) and 429 (retried automatically)', () => {
    const a = analyseFixture('download-justcall-5xx-429.json');
    expect(ids(a)).toEqual(['provisioning.justcall-unavailable', 'provisioning.rate-limited']);
    expect(a.findings.every((f) => f.severity === 'warning' && f.step === null)).toBe(true);
    expect(a.findings[0]?.detail).toContain('about 40 minutes');
    expect(provisioningExitCode(a)).toBe(0);
  });

  it('a guest whose #EXT# UPN is sent as userName: map mail to userName', () => {
    const a = analyseFixture('download-guest-ext-upn.json');
    expect(a.summary.topCause).toMatchObject({ findingId: 'provisioning.guest-upn', step: 'scim', events: 2 });
    expect(a.findings[0]?.fix).toContain('source of userName to mail');
  });

  it('a disabled user deactivated is a success, not a failure', () => {
    const a = analyseFixture('download-disabled-user.json');
    expect(ids(a)).toEqual(['provisioning.deprovisioned']);
    expect(a.summary.topCause).toBeNull();
    expect(a.summary.headline).toBe('Last cycle: 0 failed, 0 skipped, 1 succeeded. Nothing failed.');
    expect(provisioningExitCode(a)).toBe(0);
    // The CSV trio has one too, beside its failure.
    expect(ids(analyseCsvTrio())).toContain('provisioning.deprovisioned');
  });

  it('Microsoft’s successful and on-demand samples give no errors; the paused job is a warning', () => {
    expect(provisioningExitCode(analyseFixture('ms-graph-list-example1-success.txt'))).toBe(0);
    expect(ids(analyseFixture('ms-provision-on-demand-example1.txt'))).toEqual(['provisioning.in-sync']);
    const paused = analyseFixture('ms-job-paused.txt');
    expect(paused.summary.topCause).toMatchObject({ findingId: 'provisioning.job.Paused', severity: 'warning' });
  });
});
