/**
 * How much of a capture the recorder keeps, so a hostile page or request
 * cannot fill storage.session. No imports: the login content script caps an
 * error page with these before sending it, without bundling zod.
 */

export const MAX_URL_CHARS = 16_384;
export const MAX_BODY_CHARS = 512 * 1024;

/** Entra's error pages are small; a response body bigger than this is not scanned for one. */
export const MAX_ERROR_PAGE_CHARS = 512 * 1024;
export const MAX_ERROR_MESSAGE_CHARS = 2000;
/** Request Id, Correlation Id and Timestamp. */
export const MAX_ERROR_ID_CHARS = 100;

export interface ErrorPageFields {
  code: number | null;
  message: string;
  requestId?: string;
  correlationId?: string;
  timestamp?: string;
}

/** What an error page said, capped; the ids only when the page gave them. */
export function cappedErrorPage(page: {
  code: number | null;
  message: string;
  requestId?: string | undefined;
  correlationId?: string | undefined;
  timestamp?: string | undefined;
}): ErrorPageFields {
  const out: ErrorPageFields = { code: page.code, message: page.message.slice(0, MAX_ERROR_MESSAGE_CHARS) };
  if (page.requestId) out.requestId = page.requestId.slice(0, MAX_ERROR_ID_CHARS);
  if (page.correlationId) out.correlationId = page.correlationId.slice(0, MAX_ERROR_ID_CHARS);
  if (page.timestamp) out.timestamp = page.timestamp.slice(0, MAX_ERROR_ID_CHARS);
  return out;
}
