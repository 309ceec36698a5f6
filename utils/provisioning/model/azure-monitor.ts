import { z } from 'zod';
import { eventFromUnknown, parseBag, type RecordResult } from './graph-record';
import { camelKeys } from './keys';
import { Scalar, describeIssues } from './raw';
import type { TextBudget } from './values';

/**
 * A row of the Log Analytics table AADProvisioningLogs, as exported to JSON:
 * PascalCase columns, the nested parts as JSON text (what KQL's parse_json
 * reads), the error code in ResultSignature and the status in ResultType.
 * `SourceSystem` there is the Log Analytics agent type, not the provisioning
 * source, and `TenantId` is the workspace, so neither is read.
 */

const JsonColumn = z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).nullish();

const RawRow = z.object({
  TimeGenerated: Scalar,
  ActivityDateTime: Scalar,
  Id: Scalar,
  ChangeId: Scalar,
  CycleId: Scalar,
  JobId: Scalar,
  AADTenantId: Scalar,
  ProvisioningAction: Scalar,
  Action: Scalar,
  DurationMs: Scalar,
  ResultType: Scalar,
  ResultSignature: Scalar,
  ResultDescription: Scalar,
  ProvisioningStatusInfo: JsonColumn,
  ProvisioningSteps: JsonColumn,
  ModifiedProperties: JsonColumn,
  ServicePrincipal: JsonColumn,
  SourceIdentity: JsonColumn,
  TargetIdentity: JsonColumn,
  TargetSystem: JsonColumn,
  InitiatedBy: JsonColumn,
});

export function looksLikeAzureMonitorRow(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return (
    o.Type === 'AADProvisioningLogs' ||
    'ResultSignature' in o ||
    ('TimeGenerated' in o && ('ProvisioningSteps' in o || 'CycleId' in o || 'ResultType' in o))
  );
}

function column(value: unknown): unknown {
  const parsed = typeof value === 'string' ? (value.trim().startsWith('[') ? parseArray(value) : parseBag(value)) : value;
  return camelKeys(parsed ?? null);
}

function parseArray(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

function statusInfoOf(row: z.infer<typeof RawRow>): unknown {
  const info = column(row.ProvisioningStatusInfo);
  const base = info !== null && typeof info === 'object' && !Array.isArray(info) ? (info as Record<string, unknown>) : {};
  const nested = base.errorInformation ?? base.errorInfo;
  const error = nested !== null && typeof nested === 'object' && !Array.isArray(nested) ? { ...(nested as Record<string, unknown>) } : {};
  error.errorCode ??= row.ResultSignature === '' ? null : row.ResultSignature;
  error.reason ??= row.ResultDescription === '' ? null : row.ResultDescription;
  return { status: base.status ?? row.ResultType, errorInformation: error };
}

export function eventFromAzureMonitorRow(value: unknown, budget: TextBudget): RecordResult {
  const parsed = RawRow.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const row = parsed.data;
  const record = {
    id: row.Id,
    activityDateTime: row.ActivityDateTime ?? row.TimeGenerated,
    tenantId: row.AADTenantId,
    jobId: row.JobId,
    cycleId: row.CycleId,
    changeId: row.ChangeId,
    provisioningAction: row.ProvisioningAction ?? row.Action,
    durationInMilliseconds: row.DurationMs,
    provisioningStatusInfo: statusInfoOf(row),
    provisioningSteps: column(row.ProvisioningSteps),
    modifiedProperties: column(row.ModifiedProperties),
    servicePrincipal: column(row.ServicePrincipal),
    sourceIdentity: column(row.SourceIdentity),
    targetIdentity: column(row.TargetIdentity),
    targetSystem: column(row.TargetSystem),
    initiatedBy: column(row.InitiatedBy),
  };
  return eventFromUnknown(record, 'azure-monitor', budget);
}

/** The Log Analytics query API's `{ tables: [{ columns, rows }] }`, as row objects. */
export function rowsFromTables(value: unknown): Record<string, unknown>[] | null {
  const Tables = z.object({
    tables: z.array(z.object({ columns: z.array(z.object({ name: z.string() })), rows: z.array(z.array(z.unknown())) })),
  });
  const parsed = Tables.safeParse(value);
  if (!parsed.success) return null;
  const out: Record<string, unknown>[] = [];
  for (const t of parsed.data.tables) {
    const names = t.columns.map((c) => c.name);
    for (const r of t.rows) {
      const o: Record<string, unknown> = {};
      names.forEach((n, i) => (o[n] = r[i]));
      out.push(o);
    }
  }
  return out;
}
