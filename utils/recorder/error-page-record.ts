import { CapturedRecord, MAX_URL_CHARS, type CapturedRecord as Rec, type CaptureSource } from './record';
import { errorPageFingerprint, fnv1a } from './fingerprint';
import { cappedErrorPage } from './caps';

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
  // Capped as the content script caps it, so both capture paths store (and fingerprint) the same values.
  const errorPage: Rec['errorPage'] = cappedErrorPage(page);
  const fingerprint = errorPageFingerprint(page.url, errorPage.requestId, page.code);
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
