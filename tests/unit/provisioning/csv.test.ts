import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCsv, foldHeader, parseCsv } from '@/utils/provisioning/csv';
import { readProvisioningInput, readProvisioningInputs } from '@/utils/provisioning/read';
import { csvTrio } from './support';

function rows(text: string) {
  const r = parseCsv(text, 0, 1000);
  if (!r.ok) throw new Error(r.message);
  return [r.table.header, ...r.table.rows];
}

describe('the CSV reader (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and every line ending', () => {
    expect(rows('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
    ]);
    expect(rows('a,b\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(rows('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a,b\n\n1,\n\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
    expect(rows('a\n""')).toEqual([['a'], ['']]);
  });

  it('reads back whatever an RFC 4180 writer wrote, and a file with one column', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', ';') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));
    const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(table, fc.constantFrom('\r\n', '\n'), (t, eol) => {
        const header = t[0]!.map((_, i) => `h${i}`);
        const text = [header, ...t].map((r) => r.map(quote).join(',')).join(eol) + eol;
        const r = parseCsv(text, 0, 1000);
        expect(r.ok && [r.table.header, ...r.table.rows]).toEqual([header, ...t]);
      }),
      { numRuns: 300 },
    );
    expect(rows('only\nx\ny\n')).toEqual([['only'], ['x'], ['y']]);
  });

  it('takes the delimiter from the header line', () => {
    expect(rows('Change ID;Status;Reason\nc1;Failure;"a;b"\n')).toEqual([
      ['Change ID', 'Status', 'Reason'],
      ['c1', 'Failure', 'a;b'],
    ]);
    expect(rows('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('says where a quote is never closed, keeps characters after a closing quote, and caps rows', () => {
    const open = parseCsv('a,b\n1,2\n"3,4\n5,6\n', 0, 1000);
    expect(open).toEqual({ ok: false, message: 'a quoted field that starts on line 3 is never closed' });
    const stray = parseCsv('a,b\n"x"y,2\n', 0, 1000);
    expect(stray.ok && stray.table.rows[0]).toEqual(['xy', '2']);
    expect(stray.ok && stray.table.strayAfterQuote).toBe(1);
    const capped = parseCsv('a\n1\n2\n3\n', 0, 2);
    expect(capped.ok && [capped.table.rows.length, capped.table.rowsDropped]).toEqual([2, 1]);
  });

  it('folds header spellings and tells the three download files apart', () => {
    expect(['Change ID', 'ChangeId', 'change_id', ' CHANGE-ID '].map(foldHeader)).toEqual(['changeid', 'changeid', 'changeid', 'changeid']);
    expect(foldHeader('Date (UTC)')).toBe('date');
    expect(foldHeader('TimeGenerated [UTC]')).toBe('timegenerated');
    expect(classifyCsv(['Change ID', 'Action', 'Status'], 'export.csv')).toBe('log');
    expect(classifyCsv(['ChangeId', 'Name', 'ProvisioningStepType', 'Status', 'Description'], null)).toBe('steps');
    expect(classifyCsv(['Change ID', 'Display Name', 'Old Value', 'New Value'], null)).toBe('properties');
    expect(classifyCsv(['ChangeId', 'Status', 'Description', 'Details'], 'ProvisioningLogs_ProvisioningSteps (3).csv')).toBe('steps');
    expect(classifyCsv(['Name', 'Age'], 'people.csv')).toBe('unknown');
  });
});

describe('the CSV download', () => {
  it('joins the three files by change ID, with a BOM, CRLF and a quoted multi-line reason', () => {
    const r = readProvisioningInputs(csvTrio());
    expect(r.kind).toBe('download-csv');
    expect(r.problems).toEqual([]);
    expect(r.events.map((e) => [e.action, e.status, e.steps.length, e.modifiedProperties.length])).toEqual([
      ['create', 'success', 2, 2],
      ['create', 'failure', 3, 3],
      ['disable', 'success', 2, 1],
    ]);
    const diego = r.events[1]!;
    expect(diego.sourceIdentity?.displayName).toBe('Siciliani, Diego');
    expect(diego.error?.errorCode).toBe('SystemForCrossDomainIdentityManagementBadRequest');
    expect(diego.error?.reason).toContain('\nThis operation was retried 0 times');
    expect(diego.steps[1]?.details).toMatchObject({ Assigned: 'True' });
    expect(diego.modifiedProperties.find((p) => p.displayName === 'mail')).toEqual({ displayName: 'mail', oldValue: '', newValue: '' });
    expect(diego.time).toBe('2025-03-04T10:20:11.000Z');
    expect(diego.durationMs).toBe(1533);
  });

  it('reads the main file alone, and refuses the steps file alone with a reason', () => {
    const files = csvTrio();
    const main = files.find((f) => f.name === 'ProvisioningLogs.csv')!;
    const steps = files.find((f) => f.name === 'ProvisioningLogs_ProvisioningSteps.csv')!;
    const alone = readProvisioningInput(main.text, main.name);
    expect(alone.events).toHaveLength(3);
    expect(alone.events.every((e) => e.steps.length === 0)).toBe(true);
    const stepsOnly = readProvisioningInput(steps.text, steps.name);
    expect(stepsOnly.events).toEqual([]);
    expect(stepsOnly.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('together with the ProvisioningLogs file'),
    });
  });

  it('accepts other header spellings, lists columns it did not read, and counts orphan and ragged rows', () => {
    const log =
      'changeid,ACTION,result,error_code,Favourite Colour\nc1,Update,Failed,TooManyRequests,blue\nc2,Create,Succeeded,,red,extra\n';
    const props = 'change id,property,new value,old value\nc1,active,False,True\nzz,mail,x@y.z,\n';
    const r = readProvisioningInputs([
      { name: 'a.csv', text: log },
      { name: 'b.csv', text: props },
    ]);
    expect(r.events.map((e) => [e.changeId, e.action, e.status, e.error?.errorCode ?? null])).toEqual([
      ['c1', 'update', 'failure', 'TooManyRequests'],
      ['c2', 'create', 'success', null],
    ]);
    expect(r.events[0]?.modifiedProperties).toEqual([{ displayName: 'active', oldValue: 'True', newValue: 'False' }]);
    const messages = r.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain('a.csv: Columns not read: Favourite Colour.');
    expect(messages).toContain('a.csv: 1 row(s) have a different number of fields from the header (5); their cells were read by position.');
    expect(messages).toContain(
      'b.csv: 1 modified properties row(s) belong to change IDs that are not in the ProvisioningLogs file given with them.',
    );
  });

  it('says plainly what it could not read', () => {
    expect(readProvisioningInput('Name,Age\nAda,36\n', 'people.csv').problems[0]?.message).toMatch(
      /not those of a provisioning log download/,
    );
    expect(readProvisioningInput('Change ID,Status\n"c1,Failure\n', 'x.csv').problems[0]?.message).toBe(
      'The CSV cannot be read: a quoted field that starts on line 2 is never closed.',
    );
    const noJoin = readProvisioningInputs([
      { name: 'ProvisioningLogs.csv', text: 'Change ID,Action,Status\nc1,Create,Failure\n' },
      {
        name: 'ProvisioningLogs_ProvisioningSteps.csv',
        text: 'Name,Provisioning Step Type,Status,Description\nEntryExportAdd,Export,Failure,x\n',
      },
    ]);
    expect(noJoin.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('no change ID column') }),
    );
  });

  it('reads an Azure Monitor CSV export, whose nested columns are JSON text', () => {
    const text =
      'TimeGenerated [UTC],SourceSystem,TenantId,AADTenantId,ResultType,ResultSignature,ChangeId,CycleId,ProvisioningSteps\n' +
      `2025-03-04T10:00:00Z,Azure,workspace,tenant-1,Failure,TooManyRequests,c1,y,"${JSON.stringify([{ name: 'EntryExportAdd', provisioningStepType: 'export', status: 'failure' }]).replace(/"/g, '""')}"\n`;
    const e = readProvisioningInput(text, 'query.csv').events[0]!;
    expect(e).toMatchObject({ tenantId: 'tenant-1', sourceSystem: null, status: 'failure', error: { errorCode: 'TooManyRequests' } });
    expect(e.steps[0]).toMatchObject({ name: 'EntryExportAdd', type: 'export', status: 'failure' });
  });
});
