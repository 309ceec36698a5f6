import { describe, expect, it } from 'vitest';
import { readProvisioningInput } from '@/utils/provisioning/read';
import { ProvisioningEvent } from '@/utils/provisioning/types';
import { fixture } from './support';

/** The body of a fixture that is a whole HTTP response, as Microsoft's docs print them. */
function body(name: string): string {
  const text = fixture(name);
  return text.slice(text.indexOf('\n\n') + 2);
}

describe('reading Graph and download JSON', () => {
  it('reads Microsoft’s list sample 1 despite its trailing comma, initiatingType, "Import" casing and non-GUID ids', () => {
    const r = readProvisioningInput(fixture('ms-graph-list-example1-success.txt'));
    expect(r.kind).toBe('graph');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(ProvisioningEvent.safeParse(e).success).toBe(true);
    expect(e.id).toBe('75b5b0ae-9fc5-8d0e-e0a9-7y6a4728de56');
    expect(e.cycleId).toBe('b6502552-018d-79bd-8869-j47194dc65c1');
    expect(e.action).toBe('create');
    expect(e.status).toBe('success');
    expect(e.initiatedBy).toEqual({ id: null, displayName: 'Azure AD Provisioning Service', initiatorType: 'system' });
    expect(e.steps.map((s) => [s.name, s.type, s.status])).toEqual([
      ['EntryImport', 'import', 'success'],
      ['EntryExportUpdate', 'export', 'success'],
    ]);
    expect(e.modifiedProperties.map((p) => p.displayName)).toEqual(['appId', 'Roles', 'objectId', 'displayName', 'homepage']);
    expect(e.servicePrincipal).toEqual({ id: '6cc35b93-185a-4485-a519-50c09549g3ad', displayName: 'Contoso' });
    expect(e.time).toBe('2019-05-04T03:00:54.000Z');
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('comma before a closing bracket')]);
  });

  it('reads Microsoft’s list sample 2 with errorInformation', () => {
    const r = readProvisioningInput(fixture('ms-graph-list-example2-error.txt'));
    const e = r.events[0]!;
    expect(e.status).toBe('failure');
    expect(e.error).toMatchObject({ errorCode: 'ContosoEntryConflict', errorCategory: 'nonServiceFailure', additionalDetails: null });
    expect(e.error?.reason).toContain('HTTP status code 409');
    expect(e.steps.map((s) => s.type)).toEqual(['import', 'matching', 'export']);
    expect(e.steps[2]?.details).toEqual({ ReportableIdentifier: 'Self-service Pilot' });
    expect(e.sourceIdentity).toMatchObject({
      id: '5e6c9rae-ab4d-5239-8ad0-174391d110eb',
      displayName: 'Self-service Pilot',
      identityType: 'Group',
    });
    expect(e.targetIdentity).toMatchObject({ id: null, displayName: null, identityType: 'Group' });
    expect(r.problems).toEqual([]);
  });

  it('reads the old beta sample: action "Create", a flat statusInfo and "NonServiceFailure"', () => {
    const e = readProvisioningInput(fixture('ms-graph-beta-box-conflict.txt')).events[0]!;
    expect(e.action).toBe('create');
    expect(e.actionLabel).toBe('Create');
    expect(e.status).toBe('failure');
    expect(e.error).toMatchObject({ errorCode: 'BoxEntryConflict', errorCategory: 'nonServiceFailure' });
  });

  it('gives the same events for the Graph envelope and the download’s bare array', () => {
    const envelope = JSON.parse(body('ms-graph-list-example2-error.txt')) as { value: unknown[] };
    const asArray = readProvisioningInput(JSON.stringify(envelope.value));
    const asGraph = readProvisioningInput(JSON.stringify(envelope));
    expect(asArray.kind).toBe('download-json');
    expect(asGraph.kind).toBe('graph');
    expect(asArray.events).toEqual(asGraph.events.map((e) => ({ ...e, origin: 'download-json' })));
  });

  it('accepts errorInfo, servicePrincipal as an array, "Create user", "stageddelete" and capitalised values', () => {
    const records = [
      {
        changeId: 'c1',
        cycleId: 'y',
        action: 'Create user',
        provisioningStatusInfo: { status: 'Failure', errorInfo: { errorCode: 'InvalidDomain', errorCategory: 'NonServiceFailure' } },
        servicePrincipal: [{ id: 'sp', displayName: 'JustCall' }],
        provisioningSteps: [{ name: 'X', provisioningStepType: 'REFERENCERESOLUTION', status: 'Warning' }],
      },
      { changeId: 'c2', cycleId: 'y', provisioningAction: 'stageddelete', provisioningStatusInfo: { status: 'SKIPPED' } },
      { changeId: 'c3', cycleId: 'y', provisioningAction: 'somethingNew', provisioningStatusInfo: { status: 'unknownFutureValue' } },
    ];
    const [a, b, c] = readProvisioningInput(JSON.stringify(records)).events;
    expect(a).toMatchObject({ action: 'create', status: 'failure', servicePrincipal: { id: 'sp', displayName: 'JustCall' } });
    expect(a?.error).toMatchObject({ errorCode: 'InvalidDomain', errorCategory: 'nonServiceFailure' });
    expect(a?.steps[0]).toMatchObject({ type: 'referenceResolution', status: 'warning' });
    expect(b).toMatchObject({ action: 'stagedDelete', status: 'skipped' });
    expect(c).toMatchObject({ action: 'unknown', actionLabel: 'somethingNew', status: 'unknown' });
  });

  it('reads PascalCase records (Graph PowerShell’s ConvertTo-Json), keeping detail keys and unwrapping AdditionalProperties', () => {
    const record = {
      ActivityDateTime: '2025-03-04T10:00:00Z',
      ChangeId: 'c1',
      CycleId: 'y',
      ProvisioningAction: 'create',
      ProvisioningStatusInfo: { Status: 'failure', ErrorInformation: { ErrorCode: 'InvalidDomain' } },
      ProvisioningSteps: [
        {
          Name: 'EntrySynchronizationScoping',
          ProvisioningStepType: 'scoping',
          Status: 'skipped',
          Details: { AdditionalProperties: { SkipReason: 'NotEffectivelyEntitled' } },
        },
      ],
    };
    const e = readProvisioningInput(JSON.stringify([record])).events[0]!;
    expect(e).toMatchObject({ changeId: 'c1', action: 'create', status: 'failure', error: { errorCode: 'InvalidDomain' } });
    expect(e.steps[0]).toMatchObject({ type: 'scoping', status: 'skipped', details: { SkipReason: 'NotEffectivelyEntitled' } });
  });

  it('reads a time without a zone as UTC and keeps an unreadable one as null', () => {
    const r = readProvisioningInput(
      JSON.stringify([
        { changeId: 'a', cycleId: 'c', activityDateTime: '2025-03-04 10:20:05', provisioningStatusInfo: { status: 'success' } },
        { changeId: 'b', cycleId: 'c', activityDateTime: 'yesterday', provisioningStatusInfo: { status: 'success' } },
      ]),
    );
    expect(r.events.map((e) => e.time)).toEqual(['2025-03-04T10:20:05.000Z', null]);
  });

  it('caps long texts and says so', () => {
    const reason = 'x'.repeat(50_000);
    const r = readProvisioningInput(
      JSON.stringify([
        { changeId: 'a', cycleId: 'c', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'E', reason } } },
      ]),
    );
    expect(r.events[0]?.error?.reason?.length).toBeLessThanOrEqual(4000);
    expect(r.problems.some((p) => p.message.includes('shortened'))).toBe(true);
  });

  it('notes a Graph page that has more pages', () => {
    const r = readProvisioningInput(
      JSON.stringify({
        '@odata.context': 'x',
        '@odata.nextLink': 'https://graph.microsoft.com/v1.0/auditLogs/provisioning?$skiptoken=abc',
        value: [],
      }),
    );
    expect(r.kind).toBe('graph');
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('@odata.nextLink') })]);
  });

  it('keeps the good records of a download with a broken one, and names the broken one', () => {
    const text = `[{"changeId":"a","cycleId":"c","provisioningAction":"create"},\n{"changeId":"b","cycleId": oops},\n{"changeId":"c","cycleId":"c","provisioningAction":"update"}]`;
    const r = readProvisioningInput(text, 'logs.json');
    expect(r.events.map((e) => e.changeId)).toEqual(['a', 'c']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'logs.json', severity: 'warning' });
    expect(r.problems[0]?.message).toMatch(/1 item\(s\) could not be read: item 2 \(line 2, column 1\): not valid JSON/);
    expect(r.problems[0]?.message).not.toContain('oops');
  });

  it('names the field of a record that has the wrong type', () => {
    const r = readProvisioningInput(JSON.stringify([{ changeId: 'a', provisioningSteps: { name: 'not a list' } }]));
    expect(r.events).toEqual([]);
    expect(r.problems[0]?.message).toContain('provisioningSteps: expected array');
  });

  it('reports JSON that is not a provisioning export, and JSON that is cut short', () => {
    const other = readProvisioningInput('{"name":"package","version":"1.0.0"}');
    expect(other.problems).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('not a provisioning export') }),
    ]);
    const notRecords = readProvisioningInput('[1, "two", {"a": 3}]');
    expect(notRecords.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('3 item(s) are not provisioning records'),
    });
    const cut = readProvisioningInput('[{"changeId":"a","cycleId":"c"}, {"changeId":"b"');
    expect(cut.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/not closed \(the file may be cut short\) \(line 1, column \d+\)/),
    });
  });

  it('skips a byte-order mark and an HTTP status line with headers', () => {
    const r = readProvisioningInput(`\uFEFF${fixture('ms-graph-list-example2-error.txt')}`);
    expect(r.events).toHaveLength(1);
    expect(readProvisioningInput(`\uFEFF${body('ms-graph-list-example2-error.txt')}`).events).toHaveLength(1);
  });

  it('explains empty input and text that is neither JSON nor CSV', () => {
    expect(readProvisioningInput('   \n').problems[0]?.message).toBe('The file is empty.');
    expect(readProvisioningInput('hello world').problems[0]?.message).toContain('neither JSON nor a CSV');
    expect(readProvisioningInput(42 as unknown as string).problems[0]?.message).toContain('not text');
  });
});
