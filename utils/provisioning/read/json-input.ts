import { LIMITS } from '@/utils/provisioning/limits';
import { eventFromAzureMonitorRow, looksLikeAzureMonitorRow, rowsFromTables } from '@/utils/provisioning/model/azure-monitor';
import { eventFromUnknown, looksLikeRecord } from '@/utils/provisioning/model/graph-record';
import { jobFromUnknown, looksLikeJob } from '@/utils/provisioning/model/job-status';
import { camelKeys, isPascalRecord } from '@/utils/provisioning/model/keys';
import { eventFromOnDemand, isOnDemandEnvelope } from '@/utils/provisioning/model/on-demand';
import type { TextBudget } from '@/utils/provisioning/model/values';
import type { EventOrigin, InputKind, JobStatus, ProvisioningEvent, ProvisioningInput, ReadProblem } from '@/utils/provisioning/types';
import { lineColumn, parseJsonLenient, positionHint, stripTrailingCommas } from './json-lenient';
import { scanChildren, skipSpace, type Span } from './json-scan';

/**
 * Every JSON shape the doctor reads:
 * - a top-level array: the admin center's download (records), or rows of
 *   AADProvisioningLogs exported from Log Analytics, or jobs;
 * - `{ "value": [...] }`: Graph's list of provisioningObjectSummary (or of jobs);
 * - `{ "tables": [...] }`: the Log Analytics query API;
 * - one object: a provisionOnDemand result, a synchronizationJob or its
 *   status, one record or one Azure Monitor row.
 * Arrays are split without being parsed whole (json-scan), so memory follows
 * the normalised events, not the raw objects.
 */

class Collector {
  readonly events: ProvisioningEvent[] = [];
  readonly jobs: JobStatus[] = [];
  readonly problems: ReadProblem[] = [];
  private readonly failures: string[] = [];
  private failureCount = 0;
  private readonly foreign: string[] = [];
  private foreignCount = 0;
  repaired = 0;
  dropped = 0;
  azureMonitorRows = 0;

  constructor(
    readonly file: string | null,
    readonly budget: TextBudget,
  ) {}

  fail(where: string | (() => string), reason: string): void {
    this.failureCount++;
    if (this.failures.length < LIMITS.maxListedProblems) this.failures.push(`${typeof where === 'function' ? where() : where}: ${reason}`);
  }

  notARecord(where: string): void {
    this.foreignCount++;
    if (this.foreign.length < LIMITS.maxListedProblems) this.foreign.push(where);
  }

  /** Whether another failure will be listed (so its position is worth computing). */
  get listsMore(): boolean {
    return this.failures.length < LIMITS.maxListedProblems;
  }

  addEvent(e: ProvisioningEvent): void {
    if (this.events.length >= LIMITS.maxEvents) this.dropped++;
    else this.events.push(e);
  }

  /** Classifies one parsed value and keeps what it yields. */
  take(raw: unknown, where: string, origin: EventOrigin): void {
    const value = isPascalRecord(raw) ? camelKeys(raw) : raw;
    if (looksLikeAzureMonitorRow(value)) {
      this.azureMonitorRows++;
      const r = eventFromAzureMonitorRow(value, this.budget);
      if (r.ok) this.addEvent(r.event);
      else this.fail(where, r.reason);
    } else if (isOnDemandEnvelope(value)) {
      const r = eventFromOnDemand(value, this.budget);
      if (r.ok) this.addEvent(r.event);
      else this.fail(where, r.reason);
    } else if (looksLikeRecord(value)) {
      const r = eventFromUnknown(value, origin, this.budget);
      if (r.ok) this.addEvent(r.event);
      else this.fail(where, r.reason);
    } else if (looksLikeJob(value)) {
      const r = jobFromUnknown(value, this.budget);
      if (r.ok) this.jobs.push(r.job);
      else this.fail(where, r.reason);
    } else {
      this.notARecord(where);
    }
  }

  finish(kind: InputKind): ProvisioningInput {
    const p = this.problems;
    const f = this.file;
    if (this.failureCount > 0)
      p.push({
        file: f,
        severity: 'warning',
        message: `${this.failureCount} item(s) could not be read: ${this.failures.join('; ')}${this.failureCount > this.failures.length ? '; …' : ''}.`,
      });
    if (this.foreignCount > 0)
      p.push({
        file: f,
        severity: this.events.length + this.jobs.length === 0 ? 'error' : 'warning',
        message: `${this.foreignCount} item(s) are not provisioning records, jobs or on-demand results (${this.foreign.join(', ')}${this.foreignCount > this.foreign.length ? ', …' : ''}).`,
      });
    if (this.repaired > 0)
      p.push({
        file: f,
        severity: 'info',
        message: `${this.repaired} item(s) had a comma before a closing bracket (as Microsoft's own samples do); they were read anyway.`,
      });
    if (this.dropped > 0)
      p.push({
        file: f,
        severity: 'warning',
        message: `Only the first ${LIMITS.maxEvents} events were kept; ${this.dropped} more were left out.`,
      });
    if (this.budget.truncated > 0)
      p.push({ file: f, severity: 'info', message: `${this.budget.truncated} overlong text field(s) or list(s) were shortened.` });
    return { kind, events: this.events, jobs: this.jobs, problems: p };
  }
}

function parseSpan(text: string, span: Span, c: Collector, label: () => string): { ok: true; value: unknown } | { ok: false } {
  const slice = text.slice(span.start, span.end);
  try {
    return { ok: true, value: JSON.parse(slice) as unknown };
  } catch (err) {
    const stripped = stripTrailingCommas(slice);
    if (stripped !== slice) {
      try {
        const value = JSON.parse(stripped) as unknown;
        c.repaired++;
        return { ok: true, value };
      } catch {
        // fall through to the report
      }
    }
    const message = err instanceof Error ? err.message : String(err);
    c.fail(
      () => `${label()} (${lineColumn(text, span.start)})`,
      c.listsMore ? `not valid JSON${positionHint(text, message, span.start)}` : 'not valid JSON',
    );
    return { ok: false };
  }
}

function readElements(text: string, spans: readonly Span[], c: Collector, origin: EventOrigin): void {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    const parsed = parseSpan(text, span, c, () => `item ${i + 1}`);
    if (parsed.ok) c.take(parsed.value, `item ${i + 1}`, origin);
  }
}

function kindOf(c: Collector, hint: InputKind): InputKind {
  if (c.events.length === 0 && c.jobs.length > 0) return 'job';
  if (c.azureMonitorRows > 0 && c.azureMonitorRows * 2 >= c.events.length) return 'azure-monitor';
  if (c.events.length > 0 && c.events.every((e) => e.origin === 'on-demand')) return 'on-demand';
  return hint;
}

function scanFailure(text: string, at: number, message: string): string {
  return `The JSON is malformed: ${message} (${lineColumn(text, at)}).`;
}

export function readJsonText(text: string, start: number, file: string | null, budget: TextBudget): ProvisioningInput {
  const c = new Collector(file, budget);
  const s = skipSpace(text, start);
  const scan = scanChildren(text, s);
  if (!scan.ok) {
    c.problems.push({ file, severity: 'error', message: scanFailure(text, scan.at, scan.message) });
    return c.finish('unknown');
  }
  if (skipSpace(text, scan.end) < text.length)
    c.problems.push({
      file,
      severity: 'warning',
      message: `Text after the end of the JSON (${lineColumn(text, skipSpace(text, scan.end))}) was ignored.`,
    });

  if (scan.kind === 'array') {
    readElements(text, scan.children, c, 'download-json');
    return c.finish(kindOf(c, 'download-json'));
  }

  const members = new Map(scan.children.map((ch) => [ch.key ?? '', ch]));
  const value = members.get('value');
  if (value && text.charCodeAt(value.start) === 0x5b) {
    const inner = scanChildren(text, value.start);
    if (!inner.ok) {
      c.problems.push({ file, severity: 'error', message: scanFailure(text, inner.at, inner.message) });
      return c.finish('unknown');
    }
    readElements(text, inner.children, c, 'graph');
    if (members.has('@odata.nextLink'))
      c.problems.push({
        file,
        severity: 'info',
        message: 'This is one page of a longer Graph result (@odata.nextLink is set): events on the later pages are not included.',
      });
    return c.finish(kindOf(c, 'graph'));
  }

  const whole = parseJsonLenient(text.slice(s, scan.end));
  if (!whole.ok) {
    c.problems.push({ file, severity: 'error', message: `The JSON is malformed: ${whole.message}.` });
    return c.finish('unknown');
  }
  if (whole.repaired) c.repaired++;
  const rows = members.has('tables') ? rowsFromTables(whole.value) : null;
  if (rows) {
    rows.forEach((r, i) => c.take(r, `row ${i + 1}`, 'azure-monitor'));
    return c.finish(kindOf(c, 'azure-monitor'));
  }
  const v = whole.value;
  if (looksLikeAzureMonitorRow(v) || isOnDemandEnvelope(v) || looksLikeRecord(v) || looksLikeJob(v) || isPascalRecord(v))
    c.take(v, 'the object', 'graph');
  else {
    const keys = [...members.keys()].slice(0, 8).map((k) => k.slice(0, 40));
    c.problems.push({
      file,
      severity: 'error',
      message: `This JSON is not a provisioning export: its top-level members are ${keys.join(', ') || '(none)'}.`,
    });
  }
  return c.finish(kindOf(c, 'graph'));
}
