import type { TraceAnalysis, TraceEntry } from '@/utils/saml/analyse';
import { Redactor } from '@/utils/saml/redact/redactor';
import { redactUrl } from '@/utils/saml/redact/url';
import type { Finding } from '@/utils/saml/types';
import { TRACE_FORMAT, type TraceExport, type TraceMessage } from './trace-format';

export interface TraceExportOptions {
  /** Redact personal data, signature values and session material (default true). */
  redact?: boolean;
  /** ISO time written as exportedAt. */
  exportedAt?: string;
}

function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function entryXml(e: TraceEntry): string | undefined {
  return e.analysis?.decoded?.xml ?? e.stored?.xml;
}

function redactFinding(f: Finding, r: Redactor): Finding {
  return { ...f, title: r.text(f.title), detail: r.text(f.detail), fix: r.text(f.fix) };
}

/**
 * Our trace export of an analysed trace. Redacted by default, by allow-list:
 * the XML loses NameIDs, every claim value not safe by nature, client
 * addresses, session indexes and signature values, and any e-mail, IP address
 * or phone number elsewhere; "encoded" becomes the
 * base64 of the redacted XML (the original encoding would leak everything);
 * URLs lose SAML payloads and session tokens; finding texts are scrubbed too.
 * Each message keeps the verdict it had before redaction.
 */
export function buildTraceExport(trace: TraceAnalysis, options: TraceExportOptions = {}): TraceExport {
  const redact = options.redact ?? true;
  const r = new Redactor();
  if (redact) {
    // Learn every person first, so a name seen in message 3 is also removed from message 1:
    // from the analysis's model and a scan of the XML, without parsing any message again.
    for (const e of trace.entries) {
      r.learnModel(e.analysis?.model ?? null);
      const xml = entryXml(e);
      if (xml) r.learnXml(xml);
    }
  }
  const messages: TraceMessage[] = trace.entries.map((e) => {
    const xml = entryXml(e);
    const binding = e.analysis?.decoded?.binding ?? e.stored?.binding ?? null;
    const wasRedacted = e.stored?.redacted ?? false;
    const base = {
      time: e.time ?? e.stored?.time ?? '',
      method: e.method,
      direction: e.direction,
      binding: e.kind === 'EntraError' ? null : binding,
      kind: e.kind,
      verdict: e.verdict,
    };
    if (!redact) {
      const encoded = e.analysis?.decoded?.encoded ?? e.stored?.encoded ?? '';
      return { ...base, url: e.url, encoded, ...(xml !== undefined ? { xml } : {}), redacted: wasRedacted, findings: e.findings };
    }
    const redactedXml = xml !== undefined ? r.xml(xml) : undefined;
    return {
      ...base,
      url: redactUrl(e.url, r),
      encoded: redactedXml !== undefined ? utf8ToBase64(redactedXml) : '',
      ...(redactedXml !== undefined ? { xml: redactedXml } : {}),
      redacted: true,
      findings: e.findings.map((f) => redactFinding(f, r)),
    };
  });
  return {
    format: TRACE_FORMAT,
    version: 1,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    messages,
  };
}
