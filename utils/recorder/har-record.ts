import { HarEntry } from '@/utils/saml/har/har-entry';
import { CapturedRecord, MAX_BODY_CHARS, MAX_URL_CHARS, type CapturedRecord as Rec, type CaptureSource } from './record';
import {
  carrierOf,
  encodeSamlFields,
  formDecode,
  parseUrlEncoded,
  pickSamlFields,
  samlFieldsFromUrl,
  type SamlFields,
} from '@/utils/saml/decode/form';
import { fnv1a, samlFingerprint } from './fingerprint';
import { quickStatus } from './quick-status';

/** A HAR param as sent, decoded when it decodes (a broken escape is kept as it is). */
function decodedOrRaw(s: string): string {
  return formDecode(s) ?? s;
}

function postFields(postData: NonNullable<HarEntry['request']['postData']>): SamlFields | null {
  if (postData.text !== undefined) {
    const pairs = parseUrlEncoded(postData.text.trim());
    if (pairs) {
      const fields = pickSamlFields(pairs);
      if (carrierOf(fields)) return fields;
    }
  }
  if (postData.params) {
    // Chromium gives params still percent-encoded, as they were in the body.
    const fields = pickSamlFields(postData.params.map((p): [string, string] => [decodedOrRaw(p.name), decodedOrRaw(p.value ?? '')]));
    if (carrierOf(fields)) return fields;
  }
  return null;
}

/** A HAR entry (devtools.network, checked with the doctor's one HAR schema) that carries SAML (POST form or Redirect query) as a record; null otherwise. */
export function recordFromHarEntry(raw: unknown, tabId: number, source: CaptureSource, seq: number): Rec | null {
  const parsed = HarEntry.safeParse(raw);
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
