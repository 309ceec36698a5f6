import type { TraceAnalysis, TraceEntry } from '@/utils/saml/analyse';
import { stepInfo } from '@/utils/setup/steps';
import type { Finding } from '@/utils/saml/types';

/** Where each trace entry came from (same order as the entries). */
export interface EntrySource {
  file: string;
}

function modelField(e: TraceEntry, field: 'issuer' | 'id' | 'destination'): string | null {
  const m = e.analysis?.model;
  if (!m || m.kind === 'EntityDescriptor') return m?.kind === 'EntityDescriptor' && field === 'issuer' ? (m.entityId ?? null) : null;
  return m[field] ?? null;
}

function inResponseTo(e: TraceEntry): string | null {
  const m = e.analysis?.model;
  return m?.kind === 'Response' || m?.kind === 'LogoutResponse' ? (m.inResponseTo ?? null) : null;
}

/** The --json document: one object, messages in capture order. */
export function toJson(trace: TraceAnalysis, sources: EntrySource[], notes: string[]): unknown {
  const messages = trace.entries.map((e, i) => {
    const sig = e.analysis?.signature;
    return {
      index: i + 1,
      file: sources[i]?.file ?? null,
      seq: e.seq,
      time: e.time ?? null,
      url: e.url || null,
      method: e.method || null,
      kind: e.kind,
      direction: e.direction,
      binding: e.analysis?.decoded?.binding ?? e.stored?.binding ?? null,
      id: modelField(e, 'id'),
      issuer: modelField(e, 'issuer'),
      destination: modelField(e, 'destination'),
      inResponseTo: inResponseTo(e),
      pairedWith: e.pairedWith !== undefined ? e.pairedWith + 1 : null,
      signature: e.verdict,
      /** What an imported trace file said the verdict was: its claim, not this tool's. */
      claimedSignature: e.claimed ? e.claimed.verdict : null,
      signedPart: sig ? sig.covers : null,
      signatureAlgorithm: sig?.signatureAlgorithm ?? null,
      signer: sig?.signer
        ? { label: sig.signer.label, role: sig.signer.role, sha1: sig.signer.cert.sha1, notAfter: sig.signer.cert.notAfter }
        : null,
      embeddedCertificate: sig?.embeddedCert
        ? { sha1: sig.embeddedCert.sha1, subject: sig.embeddedCert.subject, notAfter: sig.embeddedCert.notAfter }
        : null,
      nameId: e.analysis?.trustedAssertion?.nameId?.value ?? null,
      errorPage: e.errorPage
        ? {
            code: e.errorPage.code,
            message: e.errorPage.message,
            requestId: e.errorPage.requestId ?? null,
            correlationId: e.errorPage.correlationId ?? null,
            timestamp: e.errorPage.timestamp ?? null,
          }
        : null,
      redacted: e.stored?.redacted ?? false,
      findings: e.findings,
    };
  });
  const all = trace.entries.flatMap((e) => e.findings);
  return {
    messages,
    notes,
    summary: {
      messages: messages.length,
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
    },
  };
}

const MARK = { error: 'ERROR  ', warning: 'WARNING', info: 'info   ' } as const;

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

export function findingText(f: Finding): string {
  const step = f.step ? ` [Step ${stepInfo(f.step).guideStep}: ${stepInfo(f.step).title}]` : '';
  return `${MARK[f.severity]} ${f.title} (${f.id})\n${indent(`${f.detail}\nFix: ${f.fix}${step}`, '          ')}`;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Plain text for a terminal. */
export function toText(trace: TraceAnalysis, sources: EntrySource[], header: string[], notes: string[]): string {
  const out: string[] = [...header];
  for (const n of notes) out.push(`note: ${n}`);
  if (trace.entries.length === 0) out.push('', 'No SAML message or Entra error was found.');
  trace.entries.forEach((e, i) => {
    const dir = e.direction === 'sp-to-idp' ? 'JustCall -> Entra' : 'Entra -> JustCall';
    const bits = [
      `#${i + 1} ${e.kind}`,
      dir,
      e.time ?? '',
      e.verdict ? `signature: ${e.verdict}` : '',
      e.claimed ? `the file claims: ${e.claimed.verdict ?? 'no verdict'}` : '',
      e.pairedWith !== undefined ? `pairs with #${e.pairedWith + 1}` : '',
    ];
    out.push('', bits.filter(Boolean).join('  |  '));
    const src = [sources[i]?.file, e.url].filter(Boolean).join('  ');
    if (src) out.push(`   ${src}`);
    const issuer = modelField(e, 'issuer');
    if (issuer) out.push(`   issuer: ${issuer}`);
    const sorted = [...e.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    if (sorted.length === 0) out.push('   no findings');
    for (const f of sorted) out.push(indent(findingText(f), '   '));
  });
  const all = trace.entries.flatMap((e) => e.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  out.push('', `${trace.entries.length} message(s): ${errors} error(s), ${warnings} warning(s).`);
  return out.join('\n');
}
