import { loadCertificate } from '@/utils/saml/cert';
import { runChecks, type KnownCertInfo } from '@/utils/saml/checks';
import { decodeAny } from '@/utils/saml/decode';
import { parseSaml } from '@/utils/saml/model';
import {
  AnalysisContext,
  type AnalysisContextInput,
  type Assertion,
  type AuthnRequestModel,
  type DecodedMessage,
  type Finding,
  type MessageAnalysis,
  type SamlModel,
  type SignatureReport,
} from '@/utils/saml/types';
import { verifyMessage, verifyShapeOnly } from '@/utils/saml/verify';

/**
 * The pipeline for one message: decode -> parse -> verify -> checks. The XML
 * is parsed once; that parse serves the model, the signature verification
 * and (through the model) the checks. Everything here is pure apart from
 * WebCrypto, so it runs in Node, the service worker and pages.
 */

export interface RelatedMessages {
  /** The AuthnRequest this message answers (paired by InResponseTo). */
  authnRequest?: AuthnRequestModel;
  /** When the message was captured (ISO); time windows are judged against it unless ctx.now is set. */
  observedAt?: string;
  /** Findings from earlier stages (decoding) to keep in front. */
  findings?: Finding[];
}

/** The expected values, read once per analysis: the context, what was wrong with it, and the configured certificates' details. */
export interface PreparedContext {
  ctx: AnalysisContext;
  findings: Finding[];
  knownCerts: KnownCertInfo[];
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

export async function prepareContext(input: AnalysisContextInput): Promise<PreparedContext> {
  const { ctx, findings } = contextOf(input);
  return { ctx, findings, knownCerts: await knownCertInfos(ctx) };
}

/** A message parsed once and verified with that parse. The DOM is not kept: the model and the verdict are all later stages need. */
export interface VerifiedMessage {
  decoded: DecodedMessage;
  model: SamlModel | null;
  parseFindings: Finding[];
  report: SignatureReport;
  trustedAssertion: Assertion | null;
}

export async function parseAndVerify(decoded: DecodedMessage, ctx: AnalysisContext): Promise<VerifiedMessage> {
  const parsed = parseSaml(decoded.xml);
  const { report, trustedAssertion } = await verifyMessage(decoded, parsed, ctx.certificates);
  return { decoded, model: parsed.model, parseFindings: parsed.findings, report, trustedAssertion };
}

/** A redacted copy, parsed once: its shape and rules are checked, its signature cannot be (see verifyShapeOnly). */
export function parseRedactedCopy(decoded: DecodedMessage): VerifiedMessage {
  const parsed = parseSaml(decoded.xml);
  const { report, trustedAssertion } = verifyShapeOnly(decoded, parsed);
  return { decoded, model: parsed.model, parseFindings: parsed.findings, report, trustedAssertion };
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

/** The checks on a verified message, and every finding in the order they are shown: earlier stages first. */
export function judgeMessage(message: VerifiedMessage, context: PreparedContext, related: RelatedMessages = {}): MessageAnalysis {
  const { decoded, model, report, trustedAssertion } = message;
  const { nowMs, observed } = resolveNow(context.ctx, related.observedAt);
  const checkFindings = runChecks({
    model,
    decoded,
    signature: report,
    trustedAssertion,
    ctx: context.ctx,
    nowMs,
    nowIsObserved: observed,
    authnRequest: related.authnRequest ?? null,
    knownCerts: context.knownCerts,
  });
  return {
    decoded,
    model,
    signature: report,
    trustedAssertion,
    findings: dedupe([...(related.findings ?? []), ...context.findings, ...message.parseFindings, ...report.findings, ...checkFindings]),
  };
}

export async function analyseMessage(
  decoded: DecodedMessage,
  ctxInput: AnalysisContextInput,
  related: RelatedMessages = {},
): Promise<MessageAnalysis> {
  const context = await prepareContext(ctxInput);
  return judgeMessage(await parseAndVerify(decoded, context.ctx), context, related);
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

/** Whether any finding is an error (the doctor's exit code). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
