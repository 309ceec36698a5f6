import { z } from 'zod';
import { SAML_CARRIER_FIELDS } from '@/utils/saml/decode/form';
import { MAX_BODY_CHARS, MAX_ERROR_ID_CHARS, MAX_ERROR_MESSAGE_CHARS, MAX_URL_CHARS } from './caps';
import { Budget } from './budget';

export { MAX_BODY_CHARS, MAX_URL_CHARS } from './caps';

/**
 * One captured SAML exchange (or Entra error page), as the recorder keeps it
 * in memory and storage.session. Only the SAML fields of a form are kept,
 * never the rest of a body (a login form may carry a password).
 */

export const CaptureSource = z.enum(['webRequest', 'devtools', 'content', 'import']);
export type CaptureSource = z.infer<typeof CaptureSource>;

export const SamlParam = z.enum(SAML_CARRIER_FIELDS);
export type SamlParam = z.infer<typeof SamlParam>;

/** What an Entra error page said, as the content script or a HAR response body reports it. */
export const ErrorPageInfo = z.object({
  code: z.number().int().nullable(),
  message: z.string().max(MAX_ERROR_MESSAGE_CHARS),
  requestId: z.string().max(MAX_ERROR_ID_CHARS).optional(),
  correlationId: z.string().max(MAX_ERROR_ID_CHARS).optional(),
  timestamp: z.string().max(MAX_ERROR_ID_CHARS).optional(),
});
export type ErrorPageInfo = z.infer<typeof ErrorPageInfo>;

/** A quick classification made at capture time for the badge; the panel's analysis is the real verdict. */
export const QuickStatus = z.enum(['ok', 'failed', 'unknown']);
export type QuickStatus = z.infer<typeof QuickStatus>;

export const CapturedRecord = z.object({
  id: z.string().max(80),
  tabId: z.number().int(),
  /** Epoch milliseconds when the request started. */
  at: z.number(),
  sources: z.array(CaptureSource).min(1),
  kind: z.enum(['saml', 'error-page']),
  method: z.string().max(16),
  url: z.string().max(MAX_URL_CHARS),
  param: SamlParam.nullable(),
  /** POST only: the SAML fields re-encoded as application/x-www-form-urlencoded. */
  body: z.string().max(MAX_BODY_CHARS).nullable(),
  /** HTTP status once the request completed, when known. */
  status: z.number().int().nullable(),
  errorPage: ErrorPageInfo.nullable(),
  quick: QuickStatus,
  /** Identifies the same message seen through different capture paths (see merge.ts). */
  fingerprint: z.string().max(200),
  /** The share of the recorder's space it uses (budget.ts); from the URL when absent. */
  budget: Budget.optional(),
  /** Captured in an Incognito window: kept in memory only, and listed only for its own tab. */
  incognito: z.literal(true).optional(),
});
export type CapturedRecord = z.infer<typeof CapturedRecord>;

/** Bytes a record costs in storage.session: its JSON, its key, and its index entry (about 160 bytes). */
export function recordBytes(r: CapturedRecord): number {
  return new TextEncoder().encode(JSON.stringify(r)).length + 200;
}
