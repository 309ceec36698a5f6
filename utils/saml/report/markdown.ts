import type { TraceAnalysis, TraceEntry } from '@/utils/saml/analyse';
import { errorPageQuote } from '@/utils/saml/analyse/trace';
import { isAadstsFinding } from '@/utils/saml/aadsts/finding';
import { Redactor } from '@/utils/saml/redact/redactor';
import { redactUrl } from '@/utils/saml/redact/url';
import type { Finding, MessageAnalysis } from '@/utils/saml/types';
import { stepInfo } from '@/utils/setup/steps';
import { codeSpan, mdText } from './escape';
import { keyValues } from './key-values';

export interface MarkdownReportOptions {
  /** Redact personal data and session material (default true). */
  redact?: boolean;
  /** ISO time printed in the footer. */
  generatedAt?: string;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every interpolated value: one line of inert text (./escape.ts), which a table cell can hold too. */
const cell = mdText;

function stepLabel(step: Finding['step']): string {
  if (!step) return '—';
  const info = stepInfo(step);
  return `Step ${info.guideStep}: ${info.title}`;
}

/** The finding that best explains a failure: Entra's own error first, then signature, then the rest in order. */
export function mainCause(findings: readonly Finding[]): Finding | null {
  const errors = findings.filter((f) => f.severity === 'error');
  return (
    errors.find(isAadstsFinding) ??
    errors.find((f) => f.id.startsWith('signature.') || f.id.startsWith('certificate.') || f.id.startsWith('cert.')) ??
    errors[0] ??
    null
  );
}

function entryLabel(e: TraceEntry, index: number): string {
  return `#${index + 1} ${mdText(e.kind)}`;
}

/** How the report shows text and URLs: redacted by default. */
interface Writer {
  text(s: string): string;
  url(s: string): string;
}

function writerFor(trace: TraceAnalysis, redact: boolean): Writer {
  if (!redact) return { text: (s) => s, url: (s) => s };
  const r = new Redactor();
  // Learned from the analysis's model and a scan of the XML: the messages are not parsed again.
  for (const e of trace.entries) {
    r.learnModel(e.analysis?.model ?? null);
    const xml = e.analysis?.decoded?.xml ?? e.stored?.xml;
    if (xml) r.learnXml(xml);
  }
  return { text: (s) => r.text(s), url: (s) => redactUrl(s, r) };
}

/**
 * A finding's detail without its quote of Entra's error page, when the
 * report prints that message itself (the message's "Error" row): Entra's
 * words once, not three times.
 */
function detailOf(f: Finding, e: TraceEntry | undefined): string {
  const message = e?.errorPage?.message;
  if (!message) return f.detail;
  const quote = errorPageQuote(message);
  if (!f.detail.startsWith(quote)) return f.detail;
  const rest = f.detail.slice(quote.length).replace(/^\.?\s*/, '');
  return rest === '' ? 'Entra’s message is in the Error row below.' : rest;
}

/** The verdict, and for a failure its cause, fix and setup step. */
function verdictLines(trace: TraceAnalysis, w: Writer): string[] {
  const all = trace.entries.flatMap((e) => e.findings);
  const cause = mainCause(all);
  const warnings = all.filter((f) => f.severity === 'warning');
  if (trace.entries.length === 0) return ['**Verdict:** no SAML message or Entra error was found in what was given.', ''];
  if (!cause) {
    return [
      `**Verdict:** no blocking problem found in ${trace.entries.length} message(s)${warnings.length ? `; ${warnings.length} warning(s) to look at` : ''}.`,
      '',
    ];
  }
  const where = trace.entries.findIndex((e) => e.findings.includes(cause));
  return [
    `**Verdict:** the sign-in fails. ${all.filter((f) => f.severity === 'error').length} error(s), ${warnings.length} warning(s) in ${trace.entries.length} message(s).`,
    '',
    `**Cause:** ${cell(w.text(cause.title))}${where >= 0 ? ` (message ${where + 1})` : ''}. ${cell(w.text(detailOf(cause, trace.entries[where])))}`,
    '',
    `**Fix:** ${cell(w.text(cause.fix))}`,
    '',
    `**Setup step:** ${cell(stepLabel(cause.step))}`,
    '',
  ];
}

/** This tool's verdict, and beside it what an imported file claims, marked as the file's. */
function verdictText(e: TraceEntry): string {
  const ours = e.verdict ?? (e.claimed ? 'not checked' : '—');
  return e.claimed && e.claimed.verdict !== e.verdict ? `${ours} (the file claims ${e.claimed.verdict ?? 'none'})` : ours;
}

/** One row per message: time, kind, direction, signature verdict and counts. */
function messagesTable(entries: readonly TraceEntry[]): string[] {
  if (entries.length === 0) return [];
  const lines = ['## Messages', '', '| # | Time | Message | Direction | Signature | Errors | Warnings |', '|---|---|---|---|---|---|---|'];
  entries.forEach((e, i) => {
    const errs = e.findings.filter((f) => f.severity === 'error').length;
    const warns = e.findings.filter((f) => f.severity === 'warning').length;
    const paired = e.pairedWith !== undefined ? ` (pairs with #${e.pairedWith + 1})` : '';
    lines.push(
      `| ${i + 1} | ${cell(e.time ?? '')} | ${cell(e.kind + paired)} | ${e.direction === 'sp-to-idp' ? 'JustCall → Entra' : 'Entra → JustCall'} | ${cell(verdictText(e))} | ${errs} | ${warns} |`,
    );
  });
  lines.push('');
  return lines;
}

/** The key values of a message (and an error page's details) that are not empty. */
function valueTable(e: TraceEntry, w: Writer): string[] {
  const values = e.analysis ? keyValues(e.analysis) : [];
  if (e.errorPage) {
    const p = e.errorPage;
    values.push(
      ['Error', p.message],
      ['Request Id', p.requestId ?? ''],
      ['Correlation Id', p.correlationId ?? ''],
      ['Timestamp', p.timestamp ?? ''],
    );
  }
  const shown = values.filter(([, v]) => v !== '');
  if (shown.length === 0) return [];
  return ['| Field | Value |', '|---|---|', ...shown.map(([k, v]) => `| ${cell(k)} | ${cell(w.text(v))} |`), ''];
}

/** The findings of a message, errors first. */
function findingsTable(findings: readonly Finding[], w: Writer, e?: TraceEntry): string[] {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (sorted.length === 0) return ['No findings.', ''];
  return [
    '| Severity | Finding | Fix | Step |',
    '|---|---|---|---|',
    ...sorted.map(
      (f) =>
        `| ${cell(f.severity)} | **${cell(w.text(f.title))}** (${codeSpan(f.id)}): ${cell(w.text(detailOf(f, e)))} | ${cell(w.text(f.fix))} | ${cell(stepLabel(f.step))} |`,
    ),
    '',
  ];
}

function entrySection(e: TraceEntry, index: number, w: Writer): string[] {
  const lines = [`## ${entryLabel(e, index)}`, '', `URL: ${codeSpan(w.url(e.url))}`, ''];
  if (e.claimed) {
    lines.push(
      `_Imported from a trace file, which claims the signature was ${cell(e.claimed.verdict ?? 'not given')}. That claim is not this report’s verdict: ${e.analysis ? 'the message was checked again here.' : 'nothing in the entry could be checked here.'}_`,
      '',
    );
  }
  return [...lines, ...valueTable(e, w), ...findingsTable(e.findings, w, e)];
}

/**
 * A Markdown diagnosis support can paste into a ticket: verdict, cause, fix,
 * step, a findings table per message and the key values, redacted by default.
 */
export function renderTraceReport(trace: TraceAnalysis, options: MarkdownReportOptions = {}): string {
  const redact = options.redact ?? true;
  const w = writerFor(trace, redact);
  const lines: string[] = [
    '# Entra SSO login diagnosis',
    '',
    ...verdictLines(trace, w),
    ...messagesTable(trace.entries),
    ...trace.entries.flatMap((e, i) => entrySection(e, i, w)),
    '---',
    `_Generated by Entra SSO Assistant${options.generatedAt ? ` at ${options.generatedAt}` : ''}. ${redact ? 'Names, e-mail addresses, NameIDs, signature values and session data are redacted.' : 'NOT redacted: contains personal data.'}_`,
    '',
  ];
  return lines.join('\n');
}

/** The same report for one message analysed on its own. */
export function renderMessageReport(analysis: MessageAnalysis, options: MarkdownReportOptions & { url?: string } = {}): string {
  const kind = analysis.model?.kind ?? 'Unknown';
  const entry: TraceEntry = {
    seq: 0,
    url: options.url ?? '(pasted message)',
    method: '',
    direction: kind === 'AuthnRequest' || kind === 'LogoutRequest' ? 'sp-to-idp' : 'idp-to-sp',
    kind,
    analysis,
    verdict: analysis.signature?.verdict ?? null,
    findings: analysis.findings,
  };
  return renderTraceReport({ entries: [entry] }, options);
}
