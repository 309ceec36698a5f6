import { parseUrl } from '@/utils/saml/parse-url';
import { explainAadsts, type AadstsExplanation } from './lookup';
import { htmlToText, unescapeJsonish } from './html-text';

/** What an Entra sign-in error page (or error redirect URL) says. */
export interface EntraErrorPage {
  /** The AADSTS number, or null when the page shows an error without one. */
  code: number | null;
  /** The error line as shown, e.g. "AADSTS50011: The redirect URI ... does not match ...". */
  message: string;
  requestId?: string;
  correlationId?: string;
  timestamp?: string;
  url?: string;
  explanation: AadstsExplanation | null;
}

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

function firstMatch(text: string, patterns: RegExp[]): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

function messageFor(text: string, code: number): string {
  // The visible line "AADSTS50011: The redirect URI ..." (or "Message: AADSTS...").
  const re = new RegExp(`AADSTS${code}\\s*:?\\s*([^\\n"<]*)`, 'i');
  const m = re.exec(text);
  const rest = m?.[1]?.trim() ?? '';
  // Trace/Correlation ids that Entra appends to the message are noise here.
  const cleaned = rest.replace(/\s*(Trace ID|Correlation ID|Timestamp)\s*:.*$/i, '').trim();
  return cleaned ? `AADSTS${code}: ${cleaned}` : `AADSTS${code}`;
}

// A colon as Latin and CJK pages print it.
const COLON = '[:\\uFF1A]';
// "<label>: <GUID>" alone on a line: a troubleshooting-details row, whatever the label's language.
const ID_ROW = new RegExp(`^([^\\n:\\uFF1A/]{1,40}?)\\s*${COLON}\\s*(${GUID})\\s*$`, 'gm');
// "<label>: 2026-12-01T17:20:29.123Z" alone on a line.
const TIME_ROW = new RegExp(`^[^\\n:\\uFF1A/]{1,40}?\\s*${COLON}\\s*(\\d{4}-\\d{2}-\\d{2}[T ][0-9:.]+Z?)\\s*$`, 'm');

/**
 * The troubleshooting details in a language we have no words for (Entra
 * localizes "Request Id", "Correlation Id" and "Timestamp"; no Microsoft
 * source gives those words per language): the page lists Request Id, then
 * Correlation Id, each a GUID on its own labelled line, then the timestamp.
 * Only rows after the error line count, so a GUID in help text above it does not.
 */
function detailsByPosition(text: string, after: number): { requestId?: string; correlationId?: string; timestamp?: string } {
  const rest = text.slice(after);
  const ids = [...rest.matchAll(ID_ROW)].map((m) => m[2] ?? '').filter(Boolean);
  const out: { requestId?: string; correlationId?: string; timestamp?: string } = {};
  if (ids.length >= 2 && ids[0] !== ids[1]) {
    out.requestId = ids[0];
    out.correlationId = ids[1];
  }
  const time = TIME_ROW.exec(rest)?.[1];
  if (time) out.timestamp = time.trim();
  return out;
}

/** Recognise an Entra error page from its HTML or text. Returns null when there is no AADSTS error in it. */
export function parseEntraErrorPage(body: string, url?: string): EntraErrorPage | null {
  if (!/AADSTS\d{4,9}/i.test(body)) return null;
  const text = unescapeJsonish(htmlToText(body));
  // An error is shown as "AADSTS50011: message"; a bare code elsewhere (help text, scripts) is not one.
  const codeMatch = /AADSTS(\d{4,9})\s*:/i.exec(text);
  if (!codeMatch?.[1]) return null;
  const code = Number(codeMatch[1]);
  const page: EntraErrorPage = { code, message: messageFor(text, code), explanation: explainAadsts(code) };
  const byPosition = detailsByPosition(text, codeMatch.index);
  const requestId = firstMatch(text, [
    new RegExp(`Request Id\\s*:\\s*(${GUID})`, 'i'),
    new RegExp(`"(?:requestId|iRequestId|strRequestId|sessionId)"\\s*:\\s*"(${GUID})"`, 'i'),
    new RegExp(`Trace ID\\s*:\\s*(${GUID})`, 'i'),
  ]);
  const correlationId = firstMatch(text, [
    new RegExp(`Correlation Id\\s*:\\s*(${GUID})`, 'i'),
    new RegExp(`"(?:correlationId|strCorrelationId)"\\s*:\\s*"(${GUID})"`, 'i'),
  ]);
  const timestamp = firstMatch(text, [
    /Timestamp\s*:\s*(\d{4}-\d{2}-\d{2}[T ][0-9:.]+Z?)/i,
    /"(?:timestamp|strTimestamp)"\s*:\s*"([^"]+)"/i,
  ]);
  // English words or the page's script first; a localized page's rows by their place.
  const found = {
    requestId: requestId ?? byPosition.requestId,
    correlationId: correlationId ?? byPosition.correlationId,
    timestamp: timestamp ?? byPosition.timestamp,
  };
  if (found.requestId) page.requestId = found.requestId;
  if (found.correlationId) page.correlationId = found.correlationId;
  if (found.timestamp) page.timestamp = found.timestamp;
  if (url) page.url = url;
  return page;
}

/**
 * Recognise an error carried in a URL: an OAuth-style redirect with
 * error_description=AADSTS..., or a page URL whose query names the code.
 */
export function parseEntraErrorUrl(url: string): EntraErrorPage | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const params = new URLSearchParams(parsed.search);
  for (const [k, v] of new URLSearchParams(parsed.hash.replace(/^#/, ''))) params.append(k, v);
  const description = params.get('error_description') ?? params.get('error_message') ?? '';
  const codes = params.get('error_codes') ?? '';
  const codeText = /AADSTS(\d{4,9})/i.exec(description)?.[1] ?? /(\d{4,9})/.exec(codes)?.[1];
  if (!codeText) return null;
  const code = Number(codeText);
  const page: EntraErrorPage = {
    code,
    message: description ? messageFor(description, code) : `AADSTS${code}`,
    url,
    explanation: explainAadsts(code),
  };
  const traceId = new RegExp(`Trace ID\\s*:\\s*(${GUID})`, 'i').exec(description)?.[1];
  const correlationId = params.get('correlation_id') ?? new RegExp(`Correlation ID\\s*:\\s*(${GUID})`, 'i').exec(description)?.[1];
  const timestamp = /Timestamp\s*:\s*(\d{4}-\d{2}-\d{2}[ T][0-9:.]+Z?)/i.exec(description)?.[1];
  if (traceId) page.requestId = traceId;
  if (correlationId) page.correlationId = correlationId;
  if (timestamp) page.timestamp = timestamp;
  return page;
}
