import { SIGN_IN_LOG_FIX, aadstsFinding, aadstsFindingId } from '@/utils/saml/aadsts/finding';
import { explainAadsts } from '@/utils/saml/aadsts/lookup';
import { parseEntraErrorUrl, type EntraErrorPage } from '@/utils/saml/aadsts/error-page';
import { decodeAny } from '@/utils/saml/decode';
import type { CapturedItem } from '@/utils/saml/har/captured';
import { decodeCarrier } from '@/utils/saml/har/decode-carrier';
import type { TraceMessage } from '@/utils/saml/har/trace-format';
import type {
  AnalysisContextInput,
  AuthnRequestModel,
  DecodeResult,
  DecodedMessage,
  Finding,
  MessageAnalysis,
  Verdict,
} from '@/utils/saml/types';
import {
  judgeMessage,
  parseAndVerify,
  parseRedactedCopy,
  prepareContext,
  type PreparedContext,
  type RelatedMessages,
  type VerifiedMessage,
} from './message';
import { claimedOnlyFinding, claimedVerdictFinding } from './claimed';

/**
 * Traces: many messages in capture order, requests paired with responses.
 * Each message is parsed and verified once, in order, so one DOM is alive at
 * a time; the checks run after every AuthnRequest's ID is known.
 */

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
  /** The message as a trace file stored it. */
  stored?: TraceMessage;
  /** What that file says its verdict and findings were: its claim, never this tool's judgement. */
  claimed?: { verdict: Verdict | null; findings: Finding[] };
  /** This tool's own verdict: null when nothing could be checked. */
  verdict: Verdict | null;
  findings: Finding[];
  /** Index (in entries) of the AuthnRequest a Response answers, or of the Response answering a request. */
  pairedWith?: number;
}

export interface TraceAnalysis {
  entries: TraceEntry[];
}

/** How a caller that enforces a time budget (the panel's Worker) follows and steers the analysis. */
export interface TraceOptions {
  /** Called as each item's work starts, in each pass, so a watchdog can time it. */
  onItem?(index: number): void;
  /** Items a watchdog stopped: each gets an over-budget finding instead of an analysis. */
  overBudget?: ReadonlySet<number>;
  /** The budget those items exceeded, in milliseconds (for the finding's words). */
  budgetMs?: number;
}

function overBudgetFinding(budgetMs: number | undefined): Finding {
  const budget = budgetMs ? ` within ${(budgetMs / 1000).toFixed(budgetMs % 1000 ? 1 : 0)} s` : '';
  return {
    id: 'analysis.over-budget',
    severity: 'error',
    title: 'This message took too long to analyse',
    detail: `Its analysis did not finish${budget}, so it was stopped and the other messages were analysed without it. A real SAML message takes milliseconds: this one is unusually large or complex, or made to slow tools down.`,
    fix: 'Treat the message as suspicious. If it is a genuine capture, run the doctor command on it (npm run doctor) and report it to the maintainers.',
    step: null,
  };
}

type EntryBase = Pick<TraceEntry, 'seq' | 'url' | 'method' | 'time'>;

type RequestIndex = Map<string, { index: number; model: AuthnRequestModel }>;

/** How a finding quotes Entra's error page; a report that shows the message itself can leave this out (../report/markdown.ts). */
export function errorPageQuote(message: string): string {
  return `Entra’s error page says: “${message}”`;
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
  // Entra's sentence keeps its own full stop: no second one after the closing quote.
  const stop = /[.!?]$/.test(page.message.trim()) ? '' : '.';
  const detail = `${errorPageQuote(page.message)}${stop}${ids ? ` (${ids}.)` : ''}${ex ? ` ${ex.explanation}` : ''}`;
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

/** Pass 1: every message decoded, parsed and verified once, in capture order (null for what is not a decodable SAML message). */
async function verifyInOrder(
  items: readonly CapturedItem[],
  context: PreparedContext,
  options: TraceOptions,
): Promise<{ decoded: Array<DecodeResult | null>; verified: Array<VerifiedMessage | null> }> {
  const decoded: Array<DecodeResult | null> = [];
  const verified: Array<VerifiedMessage | null> = [];
  for (const [index, item] of items.entries()) {
    options.onItem?.(index);
    const result = item.type === 'saml' && !options.overBudget?.has(index) ? await decodeCarrier(item.carrier) : null;
    decoded.push(result);
    verified.push(result?.ok ? await parseAndVerify(result.message, context.ctx) : null);
  }
  return { decoded, verified };
}

/** The AuthnRequests by ID (the first of an ID wins), for pairing Responses by InResponseTo. */
function indexRequests(verified: readonly (VerifiedMessage | null)[]): RequestIndex {
  const byId: RequestIndex = new Map();
  verified.forEach((v, index) => {
    const model = v?.model;
    if (model?.kind === 'AuthnRequest' && model.id && !byId.has(model.id)) byId.set(model.id, { index, model });
  });
  return byId;
}

/** Pass 2 for a SAML message: its checks, against the AuthnRequest it answers when the trace holds it. */
function samlEntry(
  base: EntryBase,
  item: CapturedItem,
  verified: VerifiedMessage,
  findings: Finding[],
  requests: RequestIndex,
  context: PreparedContext,
): TraceEntry {
  const model = verified.model;
  const inResponseTo = model?.kind === 'Response' || model?.kind === 'LogoutResponse' ? model.inResponseTo : undefined;
  const request = inResponseTo ? requests.get(inResponseTo) : undefined;
  const related: RelatedMessages = { findings };
  if (request) related.authnRequest = request.model;
  if (item.time) related.observedAt = item.time;
  const analysis = judgeMessage(verified, context, related);
  const kind = analysis.model?.kind ?? 'Unknown';
  const entry: TraceEntry = {
    ...base,
    direction: directionOf(verified.decoded.param, kind),
    kind,
    analysis,
    verdict: analysis.signature?.verdict ?? null,
    findings: analysis.findings,
  };
  if (request) entry.pairedWith = request.index;
  return entry;
}

/**
 * A message from a trace file. Whatever verdict the file states is its claim:
 * any XML it holds is checked again here (a redacted copy for its shape and
 * rules, since its signature values are gone), an error page is read again
 * from its URL, and what cannot be checked says so.
 */
async function storedEntry(message: TraceMessage, base: EntryBase, context: PreparedContext): Promise<TraceEntry> {
  const claimed = { verdict: message.verdict, findings: message.findings };
  const stored = { ...base, direction: message.direction, stored: message, claimed };
  const text = message.xml ?? (message.encoded || undefined);
  if (text) {
    const decoded = await decodeAny(text);
    if (decoded.ok) {
      const verified = message.redacted ? parseRedactedCopy(decoded.message) : await parseAndVerify(decoded.message, context.ctx);
      const related: RelatedMessages = { findings: decoded.findings };
      if (message.time) related.observedAt = message.time;
      const analysis = judgeMessage(verified, context, related);
      const verdict = analysis.signature?.verdict ?? null;
      if (message.redacted) analysis.findings.push(claimedVerdictFinding(message.verdict, verdict));
      return { ...stored, kind: analysis.model?.kind ?? message.kind, analysis, verdict, findings: analysis.findings };
    }
  }
  const page = message.kind === 'EntraError' ? parseEntraErrorUrl(message.url) : null;
  if (page) return { ...stored, kind: 'EntraError', analysis: null, errorPage: page, verdict: null, findings: errorPageFindings(page) };
  return { ...stored, kind: message.kind, analysis: null, verdict: null, findings: [claimedOnlyFinding(message)] };
}

/** Points each request at the response that answers it. */
function pairBack(entries: TraceEntry[]): void {
  entries.forEach((e, i) => {
    if (e.pairedWith !== undefined) {
      const req = entries[e.pairedWith];
      if (req && req.pairedWith === undefined) req.pairedWith = i;
    }
  });
}

/**
 * Analyses every captured item. Responses are paired with the AuthnRequest
 * whose ID their InResponseTo names, and judged at their capture time.
 */
export async function analyseTrace(
  items: readonly CapturedItem[],
  ctxInput: AnalysisContextInput,
  options: TraceOptions = {},
): Promise<TraceAnalysis> {
  const context = await prepareContext(ctxInput);
  const { decoded, verified } = await verifyInOrder(items, context, options);
  const requests = indexRequests(verified);

  const entries: TraceEntry[] = [];
  for (const [index, item] of items.entries()) {
    options.onItem?.(index);
    const base: EntryBase = { seq: item.seq, url: item.url, method: item.method, ...(item.time ? { time: item.time } : {}) };
    const result = decoded[index] ?? null;
    const message = verified[index] ?? null;
    if (options.overBudget?.has(index)) {
      entries.push({
        ...base,
        direction: 'idp-to-sp',
        kind: 'Unknown',
        analysis: null,
        verdict: null,
        findings: [overBudgetFinding(options.budgetMs)],
      });
    } else if (item.type === 'entra-error') {
      entries.push({
        ...base,
        direction: 'idp-to-sp',
        kind: 'EntraError',
        analysis: null,
        errorPage: item.page,
        verdict: null,
        findings: errorPageFindings(item.page),
      });
    } else if (item.type === 'stored') {
      entries.push(await storedEntry(item.message, base, context));
    } else if (result?.ok && message) {
      entries.push(samlEntry(base, item, message, result.findings, requests, context));
    } else {
      entries.push({ ...base, direction: 'idp-to-sp', kind: 'Unknown', analysis: null, verdict: null, findings: result?.findings ?? [] });
    }
  }
  pairBack(entries);
  return { entries };
}
