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

/** Recognise an Entra error page from its HTML or text. Returns null when there is no AADSTS error in it. */
export function parseEntraErrorPage(body: string, url?: string): EntraErrorPage | null {
  if (!/AADSTS\d{4,9}/i.test(body)) return null;
  const text = unescapeJsonish(htmlToText(body));
  // An error is shown as "AADSTS50011: message"; a bare code elsewhere (help text, scripts) is not one.
  const codeMatch = /AADSTS(\d{4,9})\s*:/i.exec(text);
  if (!codeMatch?.[1]) return null;
  const code = Number(codeMatch[1]);
  const page: EntraErrorPage = { code, message: messageFor(text, code), explanation: explainAadsts(code) };
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
  if (requestId) page.requestId = requestId;
  if (correlationId) page.correlationId = correlationId;
  if (timestamp) page.timestamp = timestamp;
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
