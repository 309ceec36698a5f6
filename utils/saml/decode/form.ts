import { parseUrl } from '@/utils/saml/parse-url';

/**
 * Name/value pairs from a query string or an application/x-www-form-urlencoded
 * body, and which of them make up a SAML message. The one owner of both, for
 * the decoder, the HAR reader and the recorder. Values can be kept as sent
 * (still percent-encoded), because the Redirect binding signs the original
 * octets (SAML Bindings 3.4.4.1).
 */

/** The parameters that carry a SAML message (or WS-Fed's wresult). */
export const SAML_CARRIER_FIELDS = ['SAMLRequest', 'SAMLResponse', 'wresult'] as const;
export type SamlCarrierField = (typeof SAML_CARRIER_FIELDS)[number];

/** Every form field of a SAML message, in the order they are re-encoded; everything else in a body is ignored and never stored. */
export const SAML_FIELDS = [...SAML_CARRIER_FIELDS, 'RelayState', 'SigAlg', 'Signature'] as const;
export type SamlField = (typeof SAML_FIELDS)[number];

export type SamlFields = Partial<Record<SamlField, string>>;

/** When a form holds more than one carrier, the one that is the message: a Response, else a Request, else WS-Fed. */
const CARRIER_PREFERENCE: readonly SamlCarrierField[] = ['SAMLResponse', 'SAMLRequest', 'wresult'];

/** The carrier a form's reader takes, given how to look a field up. */
export function preferredCarrier<T>(lookup: (field: SamlCarrierField) => T | undefined): { param: SamlCarrierField; value: T } | null {
  for (const param of CARRIER_PREFERENCE) {
    const value = lookup(param);
    if (value !== undefined) return { param, value };
  }
  return null;
}

/** A regex alternation of field names, for the scanners that look for them without parsing (HAR bytes, multipart, HTML). */
export function fieldAlternation(fields: readonly string[] = SAML_CARRIER_FIELDS): string {
  return fields.join('|');
}

const CARRIER_PARAM = new RegExp(`(^|[?&])(${fieldAlternation()})=`);

/** Whether urlencoded text (a URL, a query or a body) names a SAML carrier parameter, found without decoding it. */
export function namesCarrierParam(text: string): boolean {
  return CARRIER_PARAM.test(text);
}

// ---------------------------------------------------------------------------
// Splitting and decoding.

/** One parameter as sent. */
export interface RawParam {
  /** Form-decoded and trimmed (as sent when it does not decode). */
  name: string;
  /** As sent (still percent-encoded). */
  raw: string;
}

interface RawPair {
  rawName: string;
  raw: string;
}

/** '&'-separated name=value parts, undecoded; empty parts are skipped and a part without '=' has an empty value. */
function splitPairs(text: string): RawPair[] {
  const out: RawPair[] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    out.push({ rawName: eq < 0 ? part : part.slice(0, eq), raw: eq < 0 ? '' : part.slice(eq + 1) });
  }
  return out;
}

/** application/x-www-form-urlencoded decoding ('+' is a space); null when a % escape is broken. */
export function formDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Percent-decoding alone ('+' stays '+', as base64 needs); null when a % escape is broken. */
export function percentDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** A form value that carries base64: form-decoded, with '+' restored where a sender left it unencoded (base64 never has spaces). */
export function formDecodeBase64(raw: string): string | null {
  const v = formDecode(raw);
  return v === null ? null : v.replace(/ /g, '+');
}

/** A query string's (or body's) parameters, each value kept as sent for signature checks. */
export function splitQuery(query: string): RawParam[] {
  return splitPairs(query).map(({ rawName, raw }) => ({ name: (formDecode(rawName) ?? rawName).trim(), raw }));
}

/** Parses a urlencoded body into decoded pairs. Returns null when it is not urlencoded text (markup, JSON, a broken % escape). */
export function parseUrlEncoded(body: string): Array<[string, string]> | null {
  if (/^\s*[<{[]/.test(body)) return null;
  const out: Array<[string, string]> = [];
  for (const { rawName, raw } of splitPairs(body)) {
    const name = formDecode(rawName);
    const value = formDecode(raw);
    if (name === null || value === null) return null;
    out.push([name, value]);
  }
  return out;
}

/** The query part of a URL or of a bare query string (without '?' and '#fragment'). */
export function queryPart(input: string): string {
  let s = input.trim();
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(q + 1);
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  return s;
}

/** The first parameter of that name, in any case (the decoder reads what people paste, typed by hand or not). */
export function findParam(params: readonly RawParam[], name: string): RawParam | undefined {
  const lower = name.toLowerCase();
  return params.find((p) => p.name.toLowerCase() === lower);
}

// ---------------------------------------------------------------------------
// The SAML fields of decoded pairs, as the recorder keeps them.

/** Picks the SAML fields from decoded name/value pairs: exact names, first occurrence wins (as SPs read them). */
export function pickSamlFields(pairs: Iterable<readonly [string, string]>): SamlFields {
  const out: SamlFields = {};
  for (const [name, value] of pairs) {
    const field = SAML_FIELDS.find((f) => f === name);
    if (field && out[field] === undefined) out[field] = value;
  }
  return out;
}

export function carrierOf(fields: SamlFields): { param: SamlCarrierField; value: string } | null {
  return preferredCarrier((f) => fields[f]);
}

/** Re-encodes the kept fields as a urlencoded body, in a fixed order, for the decoder and the Raw tab. */
export function encodeSamlFields(fields: SamlFields): string {
  const parts: string[] = [];
  for (const name of SAML_FIELDS) {
    const v = fields[name];
    if (v !== undefined) parts.push(`${name}=${encodeURIComponent(v)}`);
  }
  return parts.join('&');
}

/** SAML fields carried in a URL's query (HTTP-Redirect binding), read as the browser reads a query; null when there is no carrier. */
export function samlFieldsFromUrl(url: string): SamlFields | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const fields = pickSamlFields(parsed.searchParams.entries());
  return carrierOf(fields) ? fields : null;
}
