import type { CapturedRecord, QuickStatus } from './record';

/** Two captures of one message further apart than this are two messages (a retried login resends the same XML rarely, but it can). */
export const MERGE_WINDOW_MS = 60_000;

export function sameMessage(a: Pick<CapturedRecord, 'fingerprint' | 'at'>, b: Pick<CapturedRecord, 'fingerprint' | 'at'>): boolean {
  return a.fingerprint === b.fingerprint && Math.abs(a.at - b.at) <= MERGE_WINDOW_MS;
}

function mergeQuick(a: QuickStatus, b: QuickStatus): QuickStatus {
  if (a === 'failed' || b === 'failed') return 'failed';
  if (a === 'ok' || b === 'ok') return 'ok';
  return 'unknown';
}

/**
 * One record from two captures of the same message: the webRequest record
 * (devtools closed or open) and the devtools HAR entry (status, timing) or
 * the content script's error-page reading. The earlier record keeps its id.
 */
export function mergeRecords(existing: CapturedRecord, incoming: CapturedRecord): CapturedRecord {
  const sources = [...existing.sources];
  for (const s of incoming.sources) if (!sources.includes(s)) sources.push(s);
  return {
    ...existing,
    at: Math.min(existing.at, incoming.at),
    sources,
    body: existing.body ?? incoming.body,
    param: existing.param ?? incoming.param,
    status: existing.status ?? incoming.status,
    errorPage: existing.errorPage ?? incoming.errorPage,
    quick: mergeQuick(existing.quick, incoming.quick),
  };
}
