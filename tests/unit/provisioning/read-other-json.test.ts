import { describe, expect, it } from 'vitest';
import { readProvisioningInput } from '@/utils/provisioning/read';
import { fixture } from './support';

describe('reading a Provision on demand result', () => {
  it('parses key and value again, reads "type", capitalised statuses, a flat statusInfo and systems with "name"', () => {
    const r = readProvisioningInput(fixture('ms-provision-on-demand-example1.txt'));
    expect(r.kind).toBe('on-demand');
    expect(r.problems).toEqual([]);
    const e = r.events[0]!;
    expect(e).toMatchObject({
      origin: 'on-demand',
      action: 'other',
      status: 'skipped',
      changeId: 'g8ba3be8-1d7f-4a60-ae31-a8980da0a389',
      time: '2020-06-26T13:58:24.768Z',
      sourceSystem: { displayName: 'Azure Active Directory' },
      targetSystem: { displayName: 'customappsso' },
      reportableIdentifier: 'BillBob@contoso.com',
    });
    expect(e.targetIdentity?.identityType).toBe('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User');
    expect(e.steps.map((s) => [s.name, s.type, s.status])).toEqual([
      ['EntryImport', 'import', 'success'],
      ['EntryImport', 'matching', 'success'],
      ['EntrySynchronizationScoping', 'scoping', 'success'],
      ['EntrySynchronizationSkip', 'export', 'skipped'],
    ]);
    expect(e.steps[3]?.details).toEqual({ SkipReason: 'RedundantExport' });
    // The verdict in `key` fills what the flat statusInfo leaves empty.
    expect(e.error).toMatchObject({
      errorCode: 'RedundantExport',
      reason: 'The state of the user in both the source and target systems already match.',
    });
  });

  it('accepts key and value already decoded, and says which one is not JSON text', () => {
    const decoded = readProvisioningInput(
      JSON.stringify({
        key: { result: 'Failure', details: { errorCode: 'MandatoryFieldsMissing' } },
        value: { action: 'Create', changeId: 'x', statusInfo: { status: null } },
      }),
    );
    expect(decoded.events[0]).toMatchObject({ action: 'create', status: 'failure', error: { errorCode: 'MandatoryFieldsMissing' } });
    const broken = readProvisioningInput(JSON.stringify({ key: '{"result":"Success"}', value: '{"action": "Create", ' }));
    expect(broken.events).toEqual([]);
    expect(broken.problems[0]?.message).toMatch(/value is not JSON text/);
  });
});

describe('reading a provisioning job', () => {
  it('reads Microsoft’s quarantined status sample (InvalidCredentials, "valid tenant URL")', () => {
    const r = readProvisioningInput(fixture('ms-job-status-quarantine-invalid-url.txt'));
    expect(r.kind).toBe('job');
    expect(r.jobs[0]).toMatchObject({
      code: 'Quarantine',
      countSuccessiveCompleteFailures: 1,
      lastExecution: {
        state: 'Failed',
        error: { code: 'SystemForCrossDomainIdentityManagementInvalidCredentials', tenantActionable: true },
      },
      quarantine: {
        reason: 'EncounteredQuarantineException',
        currentBegan: '2021-05-24T21:45:54.498Z',
        nextAttempt: '2021-05-24T21:50:54.498Z',
        seriesCount: 1,
        error: { message: 'Please provide a valid tenant URL for your application.' },
      },
    });
  });

  it('reads Microsoft’s paused job sample, its schedule, and treats 0001-01-01 as never', () => {
    const j = readProvisioningInput(fixture('ms-job-paused.txt')).jobs[0]!;
    expect(j).toMatchObject({
      jobId: '{jobId}',
      templateId: 'aws',
      code: 'Paused',
      scheduleState: 'Disabled',
      quarantine: null,
      lastExecution: null,
    });
  });

  it('reads a list of jobs, a bare status, and keeps an undocumented code', () => {
    const list = readProvisioningInput(
      JSON.stringify({
        value: [
          { id: 'j1', templateId: 'scim', status: { code: 'active' } },
          { id: 'j2', status: { code: 'Sleeping' } },
        ],
      }),
    );
    expect(list.kind).toBe('job');
    expect(list.jobs.map((j) => [j.jobId, j.code, j.codeLabel])).toEqual([
      ['j1', 'Active', null],
      ['j2', 'unknown', 'Sleeping'],
    ]);
    const bare = readProvisioningInput(JSON.stringify({ code: 'NotConfigured', lastExecution: null, quarantine: null }));
    expect(bare.jobs[0]).toMatchObject({ jobId: null, code: 'NotConfigured' });
  });

  it('names the field of a job that has the wrong type', () => {
    const r = readProvisioningInput(JSON.stringify({ id: 'j', templateId: 'scim', status: { code: 'Quarantine', quarantine: 'yes' } }));
    expect(r.jobs).toEqual([]);
    expect(r.problems[0]?.message).toContain('status.quarantine');
  });
});

describe('reading Azure Monitor AADProvisioningLogs rows', () => {
  it('reads the JSON-text columns, ResultSignature and ResultType, and ignores the agent’s SourceSystem and the workspace TenantId', () => {
    const r = readProvisioningInput(fixture('azure-monitor-rows.json'));
    expect(r.kind).toBe('azure-monitor');
    expect(r.problems).toEqual([]);
    const [conflict, ok] = r.events;
    expect(conflict).toMatchObject({
      origin: 'azure-monitor',
      action: 'create',
      status: 'failure',
      tenantId: '9c3f5a2e-1d4b-4e8a-b6c7-0f2e3d4c5b6a',
      sourceSystem: null,
      targetSystem: { displayName: 'JustCall' },
      error: { errorCode: 'SystemForCrossDomainIdentityManagementEntryConflict' },
    });
    expect(conflict?.steps.map((s) => s.type)).toEqual(['import', 'matching', 'export']);
    expect(conflict?.sourceIdentity?.displayName).toBe('Lynne Robbins');
    expect(ok?.status).toBe('success');
    expect(ok?.modifiedProperties.length).toBeGreaterThan(0);
  });

  it('reads the query API’s tables shape, with the code only in ResultSignature', () => {
    const tables = {
      tables: [
        {
          name: 'PrimaryResult',
          columns: [
            { name: 'TimeGenerated' },
            { name: 'ResultType' },
            { name: 'ResultSignature' },
            { name: 'ResultDescription' },
            { name: 'CycleId' },
            { name: 'ChangeId' },
          ],
          rows: [['2025-03-04T10:00:00Z', 'Failure', 'TooManyRequests', 'HTTP status code 429', 'c', 'x']],
        },
      ],
    };
    const r = readProvisioningInput(JSON.stringify(tables));
    expect(r.kind).toBe('azure-monitor');
    expect(r.events[0]).toMatchObject({ status: 'failure', error: { errorCode: 'TooManyRequests', reason: 'HTTP status code 429' } });
  });
});
