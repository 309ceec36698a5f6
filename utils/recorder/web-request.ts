import { z } from 'zod';
import { CapturedRecord, MAX_BODY_CHARS, MAX_URL_CHARS, type CapturedRecord as Rec } from './record';
import { carrierOf, encodeSamlFields, parseUrlEncoded, pickSamlFields, samlFieldsFromUrl, type SamlFields } from '@/utils/saml/decode/form';
import { samlFingerprint } from './fingerprint';
import { quickStatus } from './quick-status';

/** The part of chrome.webRequest's onBeforeRequest details the recorder reads, checked rather than trusted. */
export const BeforeRequestDetails = z.object({
  requestId: z.string(),
  url: z.string(),
  method: z.string(),
  tabId: z.number().int(),
  timeStamp: z.number(),
  requestBody: z
    .object({
      formData: z.record(z.string(), z.array(z.unknown())).optional(),
      raw: z.array(z.object({ bytes: z.instanceof(ArrayBuffer).optional() })).optional(),
      error: z.string().optional(),
    })
    .nullish(),
});
export type BeforeRequestDetails = z.infer<typeof BeforeRequestDetails>;

export const CompletedDetails = z.object({
  requestId: z.string(),
  url: z.string(),
  method: z.string(),
  tabId: z.number().int(),
  statusCode: z.number().int(),
});
export type CompletedDetails = z.infer<typeof CompletedDetails>;

function fieldsFromFormData(formData: Record<string, unknown[]>): SamlFields {
  const pairs: Array<[string, string]> = [];
  for (const [name, values] of Object.entries(formData)) {
    const first = values[0];
    if (typeof first === 'string') pairs.push([name, first]);
  }
  return pickSamlFields(pairs);
}

const MAX_RAW_BYTES = 2 * 1024 * 1024;

function fieldsFromRaw(raw: Array<{ bytes?: ArrayBuffer | undefined }>): SamlFields | null {
  const chunks = raw.flatMap((r) => (r.bytes ? [new Uint8Array(r.bytes)] : []));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (total === 0 || total > MAX_RAW_BYTES) return null;
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(all);
  const pairs = parseUrlEncoded(text.trim());
  return pairs ? pickSamlFields(pairs) : null;
}

function samlFieldsOfBody(body: BeforeRequestDetails['requestBody']): SamlFields | null {
  if (!body) return null;
  if (body.formData) return fieldsFromFormData(body.formData);
  if (body.raw) return fieldsFromRaw(body.raw);
  return null;
}

/**
 * Turns an onBeforeRequest event into a record when it carries SAML: a POST
 * form field (HTTP-POST binding) or a query parameter (HTTP-Redirect).
 * Returns null for every other request, and for malformed details.
 */
export function recordFromBeforeRequest(raw: unknown): Rec | null {
  const parsed = BeforeRequestDetails.safeParse(raw);
  if (!parsed.success) return null;
  const d = parsed.data;
  if (d.url.length > MAX_URL_CHARS) return null;
  const method = d.method.toUpperCase();
  const fromBody = method === 'POST' ? samlFieldsOfBody(d.requestBody) : null;
  const bodyCarrier = fromBody ? carrierOf(fromBody) : null;
  const urlFields = bodyCarrier ? null : samlFieldsFromUrl(d.url);
  const fields = bodyCarrier ? fromBody : urlFields;
  const carrier = fields ? carrierOf(fields) : null;
  if (!fields || !carrier) return null;
  const body = bodyCarrier ? encodeSamlFields(fields) : null;
  if (body !== null && body.length > MAX_BODY_CHARS) return null;
  const record: Rec = {
    id: `wr-${d.requestId}`,
    tabId: d.tabId,
    at: d.timeStamp,
    sources: ['webRequest'],
    kind: 'saml',
    method,
    url: d.url,
    param: carrier.param,
    body,
    status: null,
    errorPage: null,
    quick: quickStatus(carrier.param, carrier.value, null),
    fingerprint: samlFingerprint(carrier.param, carrier.value),
  };
  return CapturedRecord.parse(record);
}
