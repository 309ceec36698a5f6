import { z } from 'zod';
import { parseEntraErrorUrl } from '@/utils/saml/aadsts/error-page';
import { SAML_CARRIER_FIELDS, namesCarrierParam, type SamlCarrierField } from '@/utils/saml/decode/form';
import type { CapturedItem } from './captured';

/**
 * One request of a SAML-tracer export ({ requests: [...], timestamp }).
 * `post` holds [name, value] pairs; `saml` the decoded XML SAML-tracer found.
 * Exports made with its "hash/obfuscate" filters have unusable post values,
 * so `saml` is the fallback.
 */
export const SamlTracerRequest = z.object({
  method: z.string(),
  url: z.string(),
  post: z.array(z.tuple([z.string(), z.string()]).rest(z.unknown())).nullish(),
  saml: z.string().nullish(),
  protocol: z.string().nullish(),
});
export type SamlTracerRequest = z.infer<typeof SamlTracerRequest>;

function encodeForm(pairs: readonly (readonly [string, string, ...unknown[]])[]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/**
 * A carrier value as a form holds it: base64 (perhaps still percent-encoded),
 * or WS-Fed's XML. SAML-tracer's export filters replace every POST value with
 * `{hash:…}` or `{obf:alternative_N}` (older versions: hex digests or
 * asterisks), which decode to nothing.
 */
function usableCarrierValue(name: string, value: string): boolean {
  const v = value.trim();
  if (name === 'wresult') return v.startsWith('<') || v.startsWith('%3C');
  return v.length >= 16 && /^[A-Za-z0-9+/=%\s_-]+$/.test(v) && !/^[0-9a-f]{64}$/.test(v);
}

/** SAML-tracer records no per-request time, so these items carry none (time checks then use the clock or --now). */
export function itemsFromSamlTracer(req: SamlTracerRequest, seq: number): CapturedItem[] {
  const base = { seq, url: req.url, method: req.method };
  const items: CapturedItem[] = [];
  const post = req.post ?? [];
  const carriers = post.filter(([k]) => SAML_CARRIER_FIELDS.includes(k as SamlCarrierField));
  const saml = req.saml?.trim();
  if (namesCarrierParam(req.url)) {
    items.push({ ...base, type: 'saml', source: 'saml-tracer', carrier: { via: 'redirect', url: req.url } });
  } else if (carriers.length && carriers.every(([k, v]) => usableCarrierValue(k, v))) {
    items.push({ ...base, type: 'saml', source: 'saml-tracer', carrier: { via: 'post', body: encodeForm(post) } });
  } else if (saml) {
    // The message as SAML-tracer decoded it: its XML, kept even when the export hid the POST values.
    items.push({
      ...base,
      type: 'saml',
      source: 'saml-tracer',
      carrier: saml.startsWith('<') ? { via: 'xml', xml: saml } : { via: 'text', text: saml },
    });
  }
  const err = parseEntraErrorUrl(req.url);
  if (err) items.push({ ...base, type: 'entra-error', page: err });
  return items;
}
