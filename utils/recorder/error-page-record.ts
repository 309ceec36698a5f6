import { CapturedRecord, MAX_URL_CHARS, type CapturedRecord as Rec, type CaptureSource } from './record';
import { errorPageFingerprint, fnv1a } from './fingerprint';

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
