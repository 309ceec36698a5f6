import { describe, expect, it } from 'vitest';
import { job, result, run } from '@/tests/unit/provisioning/support';

describe('job-state rule', () => {
  it('explains Paused, NotConfigured and NotRun', () => {
    expect(result(run([], job({ code: 'Paused' })), 'provisioning.job.Paused').finding).toMatchObject({
      severity: 'warning',
      step: 'scim',
    });
    expect(result(run([], job({ code: 'NotConfigured' })), 'provisioning.job.NotConfigured').finding.fix).toContain(
      'Tenant URL and Secret Token',
    );
    expect(result(run([], job({ code: 'NotRun' })), 'provisioning.job.NotRun').finding.severity).toBe('info');
  });

  it('explains a failed last run of an active job, and an undocumented status', () => {
    const failed = job({
      lastExecution: {
        state: 'Failed',
        timeBegan: null,
        timeEnded: '2025-03-04T10:00:00.000Z',
        error: { code: 'LicenseLimitExceeded', message: 'No seats', tenantActionable: true },
      },
    });
    const r = result(run([], failed), 'provisioning.job.last-execution');
    expect(r.finding.title).toContain('JustCall has no free seat');
    expect(r.finding.detail).toContain('ended 2025-03-04 10:00 UTC');
    expect(result(run([], job({ code: 'unknown', codeLabel: 'Sleeping' })), 'provisioning.job.unknown-status').finding.title).toContain(
      'Sleeping',
    );
  });
});
