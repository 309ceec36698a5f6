import { SIGN_IN_LOG_FIX, aadstsFinding, aadstsFindingId } from './aadsts/finding';
import { explainAadsts } from './aadsts/lookup';
import type { EntraErrorPage } from './aadsts/error-page';
import { loadCertificate } from './cert';
import { runChecks, type KnownCertInfo } from './checks';
import { decodeAny } from './decode';
import type { CapturedItem } from './har/captured';
import { decodeCarrier } from './har/decode-carrier';
import type { TraceMessage } from './har/trace-format';
import { parseSaml } from './model';
import {
  AnalysisContext,
  type AnalysisContextInput,
  type AuthnRequestModel,
  type DecodedMessage,
  type Finding,
  type MessageAnalysis,
  type Verdict,
} from './types';
import { verifyMessage } from './verify';

/**
 * The pipeline: decode -> parse -> verify -> checks. Everything here is
 * pure apart from WebCrypto, so it runs in Node, the service worker and pages.
 */

export interface RelatedMessages {
  /** The AuthnRequest this message answers (paired by InResponseTo). */
  authnRequest?: AuthnRequestModel;
  /** When the message was captured (ISO); time windows are judged against it unless ctx.now is set. */
  observedAt?: string;
  /** Findings from earlier stages (decoding) to keep in front. */
  findings?: Finding[];
}

function contextOf(input: AnalysisContextInput): { ctx: AnalysisContext; findings: Finding[] } {
  const parsed = AnalysisContext.safeParse(input);
  if (parsed.success) return { ctx: parsed.data, findings: [] };
  return {
    ctx: AnalysisContext.parse({ certificates: [] }),
    findings: [
      {
        id: 'context.invalid',
        severity: 'warning',
        title: 'The expected values could not be used',
        detail: `The expected setup values were malformed (${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}), so the message was checked without them.`,
        fix: 'Re-enter the Entity ID, ACS URL, Issuer and certificates.',
        step: null,
      },
    ],
  };
}

async function knownCertInfos(ctx: AnalysisContext): Promise<KnownCertInfo[]> {
  return Promise.all(
    ctx.certificates.map(async (known) => {
      try {
        return { known, info: await loadCertificate(known.cert) };
      } catch {
        return { known, info: null };
      }
    }),
  );
}

function resolveNow(ctx: AnalysisContext, observedAt: string | undefined): { nowMs: number; observed: boolean } {
  const given = ctx.now ? Date.parse(ctx.now) : NaN;
  if (!Number.isNaN(given)) return { nowMs: given, observed: false };
  const seen = observedAt ? Date.parse(observedAt) : NaN;
  if (!Number.isNaN(seen)) return { nowMs: seen, observed: true };
  return { nowMs: Date.now(), observed: true };
}

/** Same id and detail twice (e.g. decode and verify both noticing) is shown once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}\u0000${f.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function analyseMessage(
  decoded: DecodedMessage,
  ctxInput: AnalysisContextInput,
  related: RelatedMessages = {},
): Promise<MessageAnalysis> {
  const { ctx, findings: ctxFindings } = contextOf(ctxInput);
  const parsed = parseSaml(decoded.xml);
  const { report, trustedAssertion } = await verifyMessage(decoded, parsed, ctx.certificates);
  const knownCerts = await knownCertInfos(ctx);
  const { nowMs, observed } = resolveNow(ctx, related.observedAt);
  const checkFindings = runChecks({
    model: parsed.model,
    decoded,
    signature: report,
    trustedAssertion,
    ctx,
    nowMs,
    nowIsObserved: observed,
    authnRequest: related.authnRequest ?? null,
    knownCerts,
  });
  return {
    decoded,
    model: parsed.model,
    signature: report,
    trustedAssertion,
    findings: dedupe([...(related.findings ?? []), ...ctxFindings, ...parsed.findings, ...report.findings, ...checkFindings]),
  };
}

function undecodable(findings: Finding[]): MessageAnalysis {
  return { decoded: null, model: null, signature: null, trustedAssertion: null, findings };
}

/** Anything pasted: XML, base64, a URL or query string, a POST body. Never throws. */
export async function analyseText(input: string, ctx: AnalysisContextInput, related: RelatedMessages = {}): Promise<MessageAnalysis> {
  const result = await decodeAny(input);
  if (!result.ok) return undecodable(result.findings);
  return analyseMessage(result.message, ctx, { ...related, findings: [...(related.findings ?? []), ...result.findings] });
}

// ---------------------------------------------------------------------------
// Traces: many messages in capture order, requests paired with responses.

export type Direction = 'sp-to-idp' | 'idp-to-sp';

export interface TraceEntry {
  seq: number;
  time?: string;
  url: string;
  method: string;
  direction: Direction;
  /** SAML kind, 'EntraError' for an Entra error page, 'Unknown' when it could not be decoded. */
  kind: string;
  /** Full analysis for SAML messages read from the capture; null for error pages and stored messages. */
  analysis: MessageAnalysis | null;
  errorPage?: EntraErrorPage;
  /** The message as our trace export stored it (its verdict could not be re-checked if redacted). */
  stored?: TraceMessage;
  verdict: Verdict | null;
  findings: Finding[];
  /** Index (in entries) of the AuthnRequest a Response answers, or of the Response answering a request. */
  pairedWith?: number;
}

export interface TraceAnalysis {
  entries: TraceEntry[];
}

function errorPageFindings(page: EntraErrorPage): Finding[] {
  const ex = page.explanation ?? (page.code !== null ? explainAadsts(page.code) : null);
  const ids = [
    page.requestId && `Request Id ${page.requestId}`,
    page.correlationId && `Correlation Id ${page.correlationId}`,
    page.timestamp && `at ${page.timestamp}`,
  ]
    .filter(Boolean)
    .join(', ');
  const detail = `Entra’s error page says: “${page.message}”.${ids ? ` (${ids}.)` : ''}${ex ? ` ${ex.explanation}` : ''}`;
  const finding: Finding = ex
    ? aadstsFinding(ex, detail)
    : { id: '', severity: 'error', title: 'Entra showed a sign-in error', detail, fix: SIGN_IN_LOG_FIX, step: null };
  return [{ ...finding, id: aadstsFindingId(page.code) }];
}

function directionOf(param: DecodedMessage['param'] | undefined, kind: string): Direction {
  if (param === 'SAMLRequest') return 'sp-to-idp';
  if (param === 'SAMLResponse' || param === 'wresult') return 'idp-to-sp';
  return kind === 'AuthnRequest' || kind === 'LogoutRequest' ? 'sp-to-idp' : 'idp-to-sp';
}

/**
 * Analyses every captured item. Responses are paired with the AuthnRequest
 * whose ID their InResponseTo names, and judged at their capture time.
 */
export async function analyseTrace(items: readonly CapturedItem[], ctxInput: AnalysisContextInput): Promise<TraceAnalysis> {
  // Pass 1: decode and parse, to know every AuthnRequest's ID before checking responses.
  const decodedItems = await Promise.all(
    items.map(async (item) => (item.type === 'saml' ? { item, result: await decodeCarrier(item.carrier) } : { item, result: null })),
  );
  const requestsById = new Map<string, { index: number; model: AuthnRequestModel }>();
  const preParsed = decodedItems.map(({ result }, index) => {
    if (!result?.ok) return null;
    const { model } = parseSaml(result.message.xml);
    if (model?.kind === 'AuthnRequest' && model.id && !requestsById.has(model.id)) requestsById.set(model.id, { index, model });
    return model;
  });

  const entries: TraceEntry[] = [];
  for (const [index, { item, result }] of decodedItems.entries()) {
    const base = { seq: item.seq, url: item.url, method: item.method, ...(item.time ? { time: item.time } : {}) };
    if (item.type === 'entra-error') {
      entries.push({
        ...base,
        direction: 'idp-to-sp',
        kind: 'EntraError',
        analysis: null,
        errorPage: item.page,
        verdict: null,
        findings: errorPageFindings(item.page),
      });
      continue;
    }
    if (item.type === 'stored') {
      entries.push(await storedEntry(item.message, base, ctxInput));
      continue;
    }
    if (!result || !result.ok) {
      entries.push({ ...base, direction: 'idp-to-sp', kind: 'Unknown', analysis: null, verdict: null, findings: result?.findings ?? [] });
      continue;
    }
    const model = preParsed[index];
    const inResponseTo = model?.kind === 'Response' || model?.kind === 'LogoutResponse' ? model.inResponseTo : undefined;
    const request = inResponseTo ? requestsById.get(inResponseTo) : undefined;
    const related: RelatedMessages = { findings: result.findings };
    if (request) related.authnRequest = request.model;
    if (item.time) related.observedAt = item.time;
    const analysis = await analyseMessage(result.message, ctxInput, related);
    const kind = analysis.model?.kind ?? 'Unknown';
    const entry: TraceEntry = {
      ...base,
      direction: directionOf(result.message.param, kind),
      kind,
      analysis,
      verdict: analysis.signature?.verdict ?? null,
      findings: analysis.findings,
    };
    if (request) entry.pairedWith = request.index;
    entries.push(entry);
  }
  // Point requests at the response that answers them.
  entries.forEach((e, i) => {
    if (e.pairedWith !== undefined) {
      const req = entries[e.pairedWith];
      if (req && req.pairedWith === undefined) req.pairedWith = i;
    }
  });
  return { entries };
}

/**
 * A message from our own export: re-analysed when it is intact, otherwise
 * shown with the verdict and findings it had when it was captured.
 */
async function storedEntry(
  message: TraceMessage,
  base: { seq: number; url: string; method: string; time?: string },
  ctxInput: AnalysisContextInput,
): Promise<TraceEntry> {
  if (!message.redacted && (message.xml || message.encoded)) {
    const decoded = await decodeAny(message.xml ?? message.encoded);
    if (decoded.ok) {
      const analysis = await analyseMessage(decoded.message, ctxInput, { observedAt: message.time, findings: decoded.findings });
      return {
        ...base,
        direction: message.direction,
        kind: analysis.model?.kind ?? message.kind,
        analysis,
        stored: message,
        verdict: analysis.signature?.verdict ?? message.verdict,
        findings: analysis.findings,
      };
    }
  }
  return {
    ...base,
    direction: message.direction,
    kind: message.kind,
    analysis: null,
    stored: message,
    verdict: message.verdict,
    findings: message.findings,
  };
}

/** Whether any finding is an error (the doctor's exit code). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
