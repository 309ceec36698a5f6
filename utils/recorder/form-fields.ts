import { SamlParam } from './record';

/** The form fields that make up a SAML message; everything else in a body is ignored and never stored. */
export const SAML_FIELDS = ['SAMLRequest', 'SAMLResponse', 'wresult', 'RelayState', 'SigAlg', 'Signature'] as const;

export type SamlFields = Partial<Record<(typeof SAML_FIELDS)[number], string>>;

/** Picks SAML fields from decoded name/value pairs (first occurrence wins, as SPs read them). */
export function pickSamlFields(pairs: Iterable<[string, string]>): SamlFields {
  const out: SamlFields = {};
  for (const [name, value] of pairs) {
    const field = SAML_FIELDS.find((f) => f === name);
    if (field && out[field] === undefined) out[field] = value;
  }
  return out;
}

export function carrierOf(fields: SamlFields): { param: SamlParam; value: string } | null {
  if (fields.SAMLResponse !== undefined) return { param: 'SAMLResponse', value: fields.SAMLResponse };
  if (fields.SAMLRequest !== undefined) return { param: 'SAMLRequest', value: fields.SAMLRequest };
  if (fields.wresult !== undefined) return { param: 'wresult', value: fields.wresult };
  return null;
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

/** Parses a urlencoded body ('+' is a space, as forms encode it). Returns null when it is not urlencoded text. */
export function parseUrlEncoded(body: string): Array<[string, string]> | null {
  if (/^\s*[<{[]/.test(body)) return null;
  const out: Array<[string, string]> = [];
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    try {
      out.push([decodeURIComponent(rawName.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' '))]);
    } catch {
      return null;
    }
  }
  return out;
}

/** SAML fields carried in a URL's query (HTTP-Redirect binding). */
export function samlFieldsFromUrl(url: string): SamlFields | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const fields = pickSamlFields(parsed.searchParams.entries());
  return carrierOf(fields) ? fields : null;
}
