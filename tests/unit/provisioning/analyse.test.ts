import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseProvisioningFiles, analyseProvisioningText, provisioningExitCode } from '@/utils/provisioning/analyse';
import { buildProvisioningExport, renderProvisioningReport } from '@/utils/provisioning/report';
import { NOW, analyseFixture, fixture, ids } from './support';

describe('analyseProvisioningText and the exit status', () => {
  it('exits 0 when nothing is an error, 1 when a finding is, 2 when a file cannot be used', () => {
    expect(provisioningExitCode(analyseFixture('download-disabled-user.json'))).toBe(0);
    expect(provisioningExitCode(analyseFixture('download-missing-mail.json'))).toBe(1);
    expect(provisioningExitCode(analyseProvisioningText(''))).toBe(2);
    expect(provisioningExitCode(analyseProvisioningText('{"not":"an export"}'))).toBe(2);
    expect(provisioningExitCode(analyseProvisioningText('{"value": []}'))).toBe(0);
    const oneBad = analyseProvisioningFiles([
      { name: 'good.json', text: fixture('download-missing-mail.json') },
      { name: 'bad.json', text: '<html>' },
    ]);
    expect(oneBad.events).toHaveLength(2);
    expect(provisioningExitCode(oneBad)).toBe(2);
  });

  it('reads a log and the job given together, and lets the job’s state lead', () => {
    const a = analyseProvisioningFiles(
      [
        { name: 'logs.json', text: fixture('download-secret-token.json') },
        { name: 'job.json', text: fixture('job-quarantine-secret-token.json') },
      ],
      { now: NOW },
    );
    expect(a.kind).toBe('mixed');
    expect(a.job?.code).toBe('Quarantine');
    expect(ids(a)).toEqual(['provisioning.secret-token', 'provisioning.quarantine']);
    expect(a.evidence['provisioning.secret-token']).toEqual([0, 1]);
    expect(a.summary.topCause).toMatchObject({ findingId: 'provisioning.secret-token', events: 2, explainsJob: true });
  });

  it('analyses the first of several jobs and says so', () => {
    const a = analyseProvisioningText(
      JSON.stringify({
        value: [
          { id: 'j1', templateId: 'scim', status: { code: 'Paused' } },
          { id: 'j2', templateId: 'scim', status: { code: 'Active' } },
        ],
      }),
    );
    expect(a.job?.jobId).toBe('j1');
    expect(a.problems).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('2 provisioning jobs were given; the first (j1)') }),
    ]);
  });

  it('never throws, whatever it is given, and always says something', () => {
    const base = fixture('download-guest-ext-upn.json');
    const mutated = fc
      .tuple(fc.nat({ max: base.length }), fc.nat({ max: 200 }), fc.string({ maxLength: 20 }))
      .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
    const anything = fc.oneof(
      fc.string(),
      fc.json(),
      mutated,
      fc.jsonValue().map((v) => JSON.stringify({ value: [v] })),
      fc.jsonValue().map((v) => JSON.stringify([v])),
    );
    fc.assert(
      fc.property(anything, (text) => {
        const a = analyseProvisioningText(text, 'x.json', { now: NOW });
        expect(Array.isArray(a.findings)).toBe(true);
        if (a.events.length === 0 && !a.job) expect(a.summary.headline).toBe('No provisioning events or job status were found.');
        else expect(a.summary.headline).toMatch(/\.$/);
        expect(typeof renderProvisioningReport(a)).toBe('string');
        expect(typeof JSON.stringify(buildProvisioningExport(a))).toBe('string');
        expect([0, 1, 2]).toContain(provisioningExitCode(a));
      }),
      { numRuns: 300 },
    );
  });
});
