import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import { PersonalData, learnEvents, redactEvent, redactParts } from '@/utils/provisioning/redact';
import type { Finding, ProvisioningEvent } from '@/utils/provisioning/types';
import { stepInfo } from '@/utils/setup/steps';
import { code, md } from './escape';

export interface ProvisioningReportOptions {
  /** Redact personal data (default true). */
  redact?: boolean;
  /** ISO time printed in the footer. */
  generatedAt?: string;
  /** Events listed one by one (failures first); default 50. */
  maxEvents?: number;
}

const STATUS_ORDER = { failure: 0, warning: 1, skipped: 2, unknown: 3, success: 4 } as const;

function stepLabel(step: Finding['step']): string {
  if (!step) return '—';
  const info = stepInfo(step);
  return md(`Step ${info.guideStep}: ${info.title}`);
}

function when(iso: string | null | undefined): string {
  return iso ? md(`${iso.slice(0, 19).replace('T', ' ')} UTC`) : '';
}

function who(e: ProvisioningEvent): string {
  const id = e.sourceIdentity ?? e.targetIdentity;
  return md(id?.displayName ?? e.reportableIdentifier ?? id?.id ?? '');
}

function jobRows(a: ProvisioningAnalysis): string[] {
  const j = a.job;
  if (!j) return [];
  const err = j.quarantine?.error ?? j.lastExecution?.error ?? null;
  const rows: [string, string][] = [
    ['Job ID', code(j.jobId, true)],
    ['Template', code(j.templateId, true)],
    ['Status', md(j.code === 'unknown' ? (j.codeLabel ?? 'unknown') : j.code)],
    ['Quarantine reason', code(j.quarantine?.reason, true)],
    ['In quarantine since', when(j.quarantine?.seriesBegan ?? j.quarantine?.currentBegan)],
    ['Attempts in quarantine', md(j.quarantine?.seriesCount ?? null)],
    ['Next attempt', when(j.quarantine?.nextAttempt)],
    ['Error code', code(err?.code, true)],
    ['Error message', md(err?.message)],
    ['Last run', md(j.lastExecution?.state)],
    ['Schedule', md([j.scheduleState, j.scheduleInterval].filter(Boolean).join(', '))],
  ];
  const shown = rows.filter(([, v]) => v !== '');
  return ['## Provisioning job', '', '| Field | Value |', '|---|---|', ...shown.map(([k, v]) => `| ${k} | ${v} |`), ''];
}

function cycleRows(a: ProvisioningAnalysis): string[] {
  const c = a.summary.lastCycle;
  if (!c) return [];
  const s = c.byStatus;
  const lines = [
    c.cycleId ? '## Last cycle' : '## Counts',
    '',
    '| Cycle | From | To | Events | Failed | Skipped | Succeeded |',
    '|---|---|---|---|---|---|---|',
    `| ${code(c.cycleId, true) || '—'} | ${when(c.from)} | ${when(c.to)} | ${c.events} | ${s.failure + s.warning} | ${s.skipped} | ${s.success} |`,
    '',
  ];
  if (a.summary.events > c.events) {
    const all = a.summary.byStatus;
    lines.push(
      `All ${a.summary.events} events in the export: ${all.failure + all.warning} failed, ${all.skipped} skipped, ${all.success} succeeded.`,
      '',
    );
  }
  return lines;
}

function findingRows(a: ProvisioningAnalysis): string[] {
  if (a.findings.length === 0) return ['## Findings', '', 'No findings.', ''];
  const lines = ['## Findings', '', '| Severity | Finding | Events | Fix | Step |', '|---|---|---|---|---|'];
  for (const f of a.findings) {
    lines.push(
      `| ${f.severity} | **${md(f.title)}** (${code(f.id, true)}): ${md(f.detail)} | ${a.evidence[f.id]?.length ?? 0} | ${md(f.fix)} | ${stepLabel(f.step)} |`,
    );
  }
  lines.push('');
  return lines;
}

/** The events listed: failures first, then in export order. */
function shownEvents(events: readonly ProvisioningEvent[], max: number): number[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => STATUS_ORDER[x.e.status] - STATUS_ORDER[y.e.status] || x.i - y.i)
    .slice(0, max)
    .map((x) => x.i);
}

function eventRows(events: readonly ProvisioningEvent[], total: number): string[] {
  if (events.length === 0) return [];
  const lines = [
    `## Events${total > events.length ? ` (${events.length} of ${total}, failures first)` : ''}`,
    '',
    '| Time | Action | Status | User | Code | Failed step | Change ID |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const e of events) {
    const failed = e.steps.find((s) => s.status === 'failure' || s.status === 'warning');
    lines.push(
      `| ${when(e.time)} | ${md(e.action === 'unknown' ? (e.actionLabel ?? 'unknown') : e.action)} | ${md(e.status)} | ${who(e)} | ${code(e.error?.errorCode, true)} | ${code(failed?.name, true)} | ${code(e.changeId, true)} |`,
    );
  }
  lines.push('');
  return lines;
}

/**
 * A Markdown diagnosis support can paste into a ticket: verdict, top cause,
 * fix and step, the job's state, the last cycle's counts, every finding and
 * the events (failures first). Redacted by default.
 */
export function renderProvisioningReport(analysis: ProvisioningAnalysis, options: ProvisioningReportOptions = {}): string {
  const redact = options.redact ?? true;
  const shown = shownEvents(analysis.events, options.maxEvents ?? 50);
  let a: ProvisioningAnalysis = analysis;
  let listed = shown.map((i) => analysis.events[i] as ProvisioningEvent);
  if (redact) {
    // Learn from every event (a finding may quote any of them), redact only the ones listed.
    const personal = new PersonalData();
    learnEvents(personal, analysis.events);
    a = { ...analysis, ...redactParts(analysis, personal) };
    listed = listed.map((e) => redactEvent(personal, e));
  }
  const top = a.summary.topCause;
  const topFinding = top ? a.findings.find((f) => f.id === top.findingId) : undefined;
  const lines: string[] = ['# Entra provisioning diagnosis (JustCall)', '', `**Verdict:** ${md(a.summary.headline)}`, ''];
  if (top && topFinding) {
    lines.push(
      `**Top cause:** ${md(topFinding.title)}. ${md(topFinding.detail)}`,
      '',
      `**Fix:** ${md(topFinding.fix)}`,
      '',
      `**Setup step:** ${stepLabel(topFinding.step)}`,
      '',
    );
  }
  lines.push(...jobRows(a), ...cycleRows(a), ...findingRows(a), ...eventRows(listed, analysis.events.length));
  if (a.problems.length > 0) {
    lines.push('## What could not be read', '');
    for (const p of a.problems) lines.push(`- ${md(p.severity)}${p.file ? ` (${code(p.file)})` : ''}: ${md(p.message)}`);
    lines.push('');
  }
  lines.push(
    '---',
    `_Generated by Entra SSO Assistant${options.generatedAt ? ` at ${md(options.generatedAt)}` : ''}. ${
      redact
        ? 'Redacted: user names, e-mail addresses, UPNs, object IDs and attribute values are replaced by placeholders; codes, steps, statuses, counts and times are kept.'
        : 'NOT redacted: contains personal data.'
    }_`,
    '',
  );
  return lines.join('\n');
}
