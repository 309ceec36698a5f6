import { z } from 'zod';
import { CapturedRecord, MAX_BODY_CHARS, MAX_URL_CHARS, type CapturedRecord as Rec, type CaptureSource } from './record';
import { carrierOf, encodeSamlFields, parseUrlEncoded, pickSamlFields, samlFieldsFromUrl, type SamlFields } from './form-fields';
import { errorPageFingerprint, fnv1a, samlFingerprint } from './fingerprint';
import { quickStatus } from './quick-status';

/** The part of a HAR 1.2 entry (devtools.network.onRequestFinished, or a HAR file) the recorder reads. */
export const HarEntryLike = z.object({
  startedDateTime: z.string().optional(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    postData: z
      .object({
        mimeType: z.string().optional(),
        text: z.string().optional(),
        params: z.array(z.object({ name: z.string(), value: z.string().optional() })).optional(),
      })
      .optional(),
  }),
  response: z.object({ status: z.number().int().optional() }).optional(),
});
export type HarEntryLike = z.infer<typeof HarEntryLike>;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function postFields(postData: NonNullable<HarEntryLike['request']['postData']>): SamlFields | null {
  if (postData.text !== undefined) {
    const pairs = parseUrlEncoded(postData.text.trim());
    if (pairs) {
      const fields = pickSamlFields(pairs);
      if (carrierOf(fields)) return fields;
    }
  }
  if (postData.params) {
    // Chromium gives params still percent-encoded, as they were in the body.
    const fields = pickSamlFields(postData.params.map((p): [string, string] => [safeDecode(p.name), safeDecode(p.value ?? '')]));
    if (carrierOf(fields)) return fields;
  }
  return null;
}

/** A HAR entry that carries SAML (POST form or Redirect query) as a record; null otherwise. */
export function recordFromHarEntry(raw: unknown, tabId: number, source: CaptureSource, seq: number): Rec | null {
  const parsed = HarEntryLike.safeParse(raw);
  if (!parsed.success) return null;
  const { request, response, startedDateTime } = parsed.data;
  if (request.url.length > MAX_URL_CHARS) return null;
  const method = request.method.toUpperCase();
  const bodyFields = method === 'POST' && request.postData ? postFields(request.postData) : null;
  const fields = bodyFields ?? samlFieldsFromUrl(request.url);
  const carrier = fields ? carrierOf(fields) : null;
  if (!fields || !carrier) return null;
  const body = bodyFields ? encodeSamlFields(bodyFields) : null;
  if (body !== null && body.length > MAX_BODY_CHARS) return null;
  const at = startedDateTime ? Date.parse(startedDateTime) : NaN;
  const status = response?.status !== undefined && response.status > 0 ? response.status : null;
  const fingerprint = samlFingerprint(carrier.param, carrier.value);
  return CapturedRecord.parse({
    id: `${source === 'devtools' ? 'dt' : 'im'}-${seq}-${fnv1a(fingerprint)}`,
    tabId,
    at: Number.isFinite(at) ? at : Date.now(),
    sources: [source],
    kind: 'saml',
    method,
    url: request.url,
    param: carrier.param,
    body,
    status,
    errorPage: null,
    quick: quickStatus(carrier.param, carrier.value, status),
    fingerprint,
  } satisfies Rec);
}

export interface ErrorPageReading {
  url: string;
  code: number | null;
  message: string;
  requestId?: string | undefined;
  correlationId?: string | undefined;
  timestamp?: string | undefined;
}

/** An Entra error page (read by the content script or from a HAR response body) as a record. */
export function recordFromErrorPage(page: ErrorPageReading, tabId: number, source: CaptureSource, at: number): Rec {
  const errorPage: Rec['errorPage'] = { code: page.code, message: page.message.slice(0, 2000) };
  if (page.requestId) errorPage.requestId = page.requestId;
  if (page.correlationId) errorPage.correlationId = page.correlationId;
  if (page.timestamp) errorPage.timestamp = page.timestamp;
  const fingerprint = errorPageFingerprint(page.url, page.requestId, page.code);
  return CapturedRecord.parse({
    id: `ep-${fnv1a(fingerprint)}-${Math.floor(at)}`,
    tabId,
    at,
    sources: [source],
    kind: 'error-page',
    method: 'GET',
    url: page.url.slice(0, MAX_URL_CHARS),
    param: null,
    body: null,
    status: null,
    errorPage,
    quick: 'failed',
    fingerprint,
  } satisfies Rec);
}
