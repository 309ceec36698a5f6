import { LIMITS } from '@/utils/provisioning/limits';
import { eventFromUnknown, modifiedProperty, parseBag, step } from '@/utils/provisioning/model/graph-record';
import type { TextBudget } from '@/utils/provisioning/model/values';
import type { ProvisioningEvent, ReadProblem } from '@/utils/provisioning/types';
import type { CsvFileKind } from './classify';
import { LOG_COLUMNS, PROPERTY_COLUMNS, STEP_COLUMNS, foldHeader, mapColumns, type ColumnSpec } from './headers';
import type { CsvTable } from './parse';

/**
 * The CSV download is three files joined by change ID: ProvisioningLogs
 * (one row per event), ProvisioningLogs_ProvisioningSteps and
 * ProvisioningLogs_ModifiedProperties (several rows per event). Any subset
 * that includes the first may be given; steps or properties alone cannot
 * make events, and say so.
 */

export interface CsvFile {
  name: string | null;
  table: CsvTable;
  kind: CsvFileKind;
}

type Cells<S extends ColumnSpec> = (field: Extract<keyof S, string>) => string | undefined;

function cellsOf<S extends ColumnSpec>(row: readonly string[], index: Partial<Record<Extract<keyof S, string>, number>>): Cells<S> {
  return (field) => {
    const i = index[field];
    const v = i === undefined ? undefined : row[i];
    return v === undefined || v === '' ? undefined : v;
  };
}

/** A cell that holds JSON (Azure Monitor's exports) is read as JSON; otherwise it is the plain value. */
function jsonOr(cell: string | undefined): unknown {
  if (cell === undefined) return undefined;
  const t = cell.trim();
  if (t.startsWith('{')) return parseBag(t) ?? undefined;
  if (t.startsWith('[')) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function identityOf(id: string | undefined, name: string | undefined, type: string | undefined): unknown {
  const asJson = jsonOr(name);
  if (asJson && typeof asJson === 'object') return asJson;
  return id || name || type ? { id, displayName: name, identityType: type } : undefined;
}

function describe(file: CsvFile): string {
  return file.name ?? 'the CSV file';
}

function widthProblems(file: CsvFile, problems: ReadProblem[]): void {
  const width = file.table.header.length;
  const odd = file.table.rows.filter((r) => r.length !== width).length;
  if (odd > 0)
    problems.push({
      file: file.name,
      severity: 'warning',
      message: `${odd} row(s) have a different number of fields from the header (${width}); their cells were read by position.`,
    });
  if (file.table.rowsDropped > 0)
    problems.push({
      file: file.name,
      severity: 'warning',
      message: `Only the first ${LIMITS.maxCsvRows} rows were read; ${file.table.rowsDropped} more were left out.`,
    });
  if (file.table.strayAfterQuote > 0)
    problems.push({
      file: file.name,
      severity: 'info',
      message: `${file.table.strayAfterQuote} quoted field(s) had characters after the closing quote; they were kept as part of the field.`,
    });
}

function unknownColumns(file: CsvFile, unknown: string[], problems: ReadProblem[]): void {
  if (unknown.length > 0)
    problems.push({
      file: file.name,
      severity: 'info',
      message: `Columns not read: ${unknown.slice(0, 20).join(', ')}${unknown.length > 20 ? ', …' : ''}.`,
    });
}

function readLogFile(file: CsvFile, budget: TextBudget, problems: ReadProblem[]): ProvisioningEvent[] {
  const { index, unknown } = mapColumns(file.table.header, LOG_COLUMNS);
  unknownColumns(file, unknown, problems);
  widthProblems(file, problems);
  const folded = new Set(file.table.header.map(foldHeader));
  // An Azure Monitor export: its SourceSystem is the agent type and its TenantId the workspace.
  const azureMonitor = folded.has('resultsignature') || folded.has('aadtenantid') || folded.has('timegenerated');
  const events: ProvisioningEvent[] = [];
  const bad: string[] = [];
  let badCount = 0;
  file.table.rows.forEach((row, r) => {
    const c = cellsOf<typeof LOG_COLUMNS>(row, index);
    const statusInfo = jsonOr(c('statusInfoJson')) as Record<string, unknown> | undefined;
    const raw = {
      id: c('id'),
      activityDateTime: c('time'),
      tenantId: azureMonitor ? c('aadTenantId') : (c('tenantId') ?? c('aadTenantId')),
      jobId: c('jobId'),
      cycleId: c('cycleId'),
      changeId: c('changeId'),
      provisioningAction: c('action'),
      durationInMilliseconds: c('durationMs'),
      provisioningStatusInfo: statusInfo ?? {
        status: c('status'),
        errorInformation: {
          errorCode: c('errorCode'),
          errorCategory: c('errorCategory'),
          reason: c('reason'),
          additionalDetails: c('additionalDetails'),
          recommendedAction: c('recommendedAction'),
        },
      },
      provisioningSteps: jsonOr(c('stepsJson')),
      modifiedProperties: jsonOr(c('modifiedJson')),
      sourceSystem: azureMonitor ? undefined : c('sourceSystem') ? { displayName: c('sourceSystem') } : undefined,
      targetSystem:
        (jsonOr(c('targetSystem')) ?? c('targetSystem')) ? (jsonOr(c('targetSystem')) ?? { displayName: c('targetSystem') }) : undefined,
      sourceIdentity: identityOf(c('sourceId'), c('sourceName'), c('sourceType')),
      targetIdentity: identityOf(c('targetId'), c('targetName'), c('targetType')),
      initiatedBy:
        jsonOr(c('initiatedBy')) ??
        (c('initiatedBy') || c('initiatorType') ? { displayName: c('initiatedBy'), initiatorType: c('initiatorType') } : undefined),
      servicePrincipal:
        c('servicePrincipalId') || c('servicePrincipalName')
          ? { id: c('servicePrincipalId'), displayName: c('servicePrincipalName') }
          : undefined,
    };
    const read = eventFromUnknown(raw, 'download-csv', budget);
    if (read.ok) events.push(read.event);
    else {
      badCount++;
      if (bad.length < LIMITS.maxListedProblems) bad.push(`row ${r + 2}: ${read.reason}`);
    }
  });
  if (badCount > 0)
    problems.push({
      file: file.name,
      severity: 'warning',
      message: `${badCount} row(s) could not be read: ${bad.join('; ')}${badCount > bad.length ? '; …' : ''}.`,
    });
  return events;
}

function attach(
  file: CsvFile,
  spec: typeof STEP_COLUMNS | typeof PROPERTY_COLUMNS,
  byChange: Map<string, ProvisioningEvent[]>,
  problems: ReadProblem[],
  add: (event: ProvisioningEvent, row: readonly string[], index: Partial<Record<string, number>>) => void,
): void {
  const { index, unknown } = mapColumns(file.table.header, spec);
  unknownColumns(file, unknown, problems);
  widthProblems(file, problems);
  const what = file.kind === 'steps' ? 'provisioning steps' : 'modified properties';
  if (index.changeId === undefined) {
    problems.push({
      file: file.name,
      severity: 'error',
      message: `The ${what} file has no change ID column, so its rows cannot be matched to events.`,
    });
    return;
  }
  let orphans = 0;
  for (const row of file.table.rows) {
    const id = row[index.changeId];
    const events = id ? byChange.get(id) : undefined;
    if (!events) {
      orphans++;
      continue;
    }
    for (const e of events) add(e, row, index);
  }
  if (orphans > 0)
    problems.push({
      file: file.name,
      severity: 'warning',
      message: `${orphans} ${what} row(s) belong to change IDs that are not in the ProvisioningLogs file given with them.`,
    });
}

export function eventsFromCsv(files: readonly CsvFile[], budget: TextBudget): { events: ProvisioningEvent[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const logs = files.filter((f) => f.kind === 'log');
  const parts = files.filter((f) => f.kind === 'steps' || f.kind === 'properties');
  if (logs.length === 0) {
    for (const f of parts)
      problems.push({
        file: f.name,
        severity: 'error',
        message: `${describe(f)} is the ${f.kind === 'steps' ? 'provisioning steps' : 'modified properties'} part of a CSV download; it can only be read together with the ProvisioningLogs file of the same download.`,
      });
    return { events: [], problems };
  }
  const events = logs.flatMap((f) => readLogFile(f, budget, problems));
  const byChange = new Map<string, ProvisioningEvent[]>();
  for (const e of events) {
    if (!e.changeId) continue;
    const list = byChange.get(e.changeId);
    if (list) list.push(e);
    else byChange.set(e.changeId, [e]);
  }
  if (parts.length > 0 && byChange.size === 0)
    problems.push({
      file: logs[0]?.name ?? null,
      severity: 'warning',
      message: 'The ProvisioningLogs file has no change IDs, so steps and modified properties could not be joined to it.',
    });
  for (const f of parts) {
    if (f.kind === 'steps')
      attach(f, STEP_COLUMNS, byChange, problems, (e, row, index) => {
        if (e.steps.length >= LIMITS.maxSteps) return;
        const c = cellsOf<typeof STEP_COLUMNS>(row, index);
        e.steps.push(
          step({ name: c('name'), type: c('type'), status: c('status'), description: c('description'), details: c('details') }, budget),
        );
      });
    else
      attach(f, PROPERTY_COLUMNS, byChange, problems, (e, row, index) => {
        if (e.modifiedProperties.length >= LIMITS.maxModifiedProperties) return;
        // An empty cell is an empty value here: "mail was empty" is what a failed create often turns on.
        const at = (k: keyof typeof PROPERTY_COLUMNS) => (index[k] === undefined ? undefined : row[index[k]]);
        e.modifiedProperties.push(
          modifiedProperty({ displayName: at('displayName'), oldValue: at('oldValue'), newValue: at('newValue') }, budget),
        );
      });
  }
  return { events, problems };
}
