import type { AddResult, CaptureStore } from './store';
import { recordFromBeforeRequest } from './web-request';
import { isEntraSignInUrl, shouldRecord } from './should-record';
import { recordFromHarEntry } from './har-record';
import { recordFromErrorPage, type ErrorPageReading } from './error-page-record';
import { parseEntraErrorPage } from '@/utils/saml/aadsts';
import { MAX_ERROR_PAGE_CHARS } from './caps';
import { budgetOf } from './budget';
import type { CapturedRecord } from './record';

export interface RecorderDeps {
  store: CaptureStore;
  /** Match patterns of origins the admin granted (beyond the manifest's named hosts). */
  grantedPatterns(): Promise<readonly string[]>;
  /** Called after each capture or merge (badge, broadcast to the panel). */
  onCaptured(result: AddResult): void;
  /** Whether a tab is in an Incognito window (its captures then stay in memory, apart from the normal windows'). */
  isIncognitoTab?(tabId: number): Promise<boolean>;
}

/** The origin that sent a webRequest, when Chrome says (details.initiator). */
function initiatorOf(details: object): string | undefined {
  const initiator = (details as { initiator?: unknown }).initiator;
  return typeof initiator === 'string' ? initiator : undefined;
}

/**
 * The recorder's event handlers as plain functions of the event details, so
 * they can be unit-tested without a browser; background/recorder.ts attaches
 * them to chrome.webRequest and the runtime messages.
 */
export function createRecorder(deps: RecorderDeps) {
  /** webRequest requestIds recorded in this service-worker life, so statuses can be attached. */
  const recorded = new Set<string>();
  const statusSeen = new Set<string>();
  let devtoolsSeq = 0;

  /** Tags a record with its budget and, for an Incognito tab, as Incognito; then stores it. */
  async function keep(record: CapturedRecord, initiator?: string): Promise<AddResult> {
    const grantedPatterns = await deps.grantedPatterns();
    const tagged: CapturedRecord = { ...record, budget: budgetOf({ ...record, initiator, grantedPatterns }) };
    if (record.tabId >= 0 && (await deps.isIncognitoTab?.(record.tabId).catch(() => false))) tagged.incognito = true;
    const result = await deps.store.add(tagged);
    deps.onCaptured(result);
    return result;
  }

  async function onBeforeRequest(details: unknown): Promise<AddResult | null> {
    if (typeof details !== 'object' || details === null) return null;
    const { method, url, tabId } = details as { method?: unknown; url?: unknown; tabId?: unknown };
    if (typeof method !== 'string' || typeof url !== 'string') return null;
    if (typeof tabId === 'number' && tabId < 0) return null; // not a tab (e.g. the extension's own fetch)
    if (!shouldRecord(method, url, await deps.grantedPatterns())) return null;
    const record = recordFromBeforeRequest(details);
    if (!record) return null;
    recorded.add(record.id);
    return keep(record, initiatorOf(details));
  }

  /** First response headers of a recorded request: the ACS's (or Entra's) HTTP status. */
  async function onHeadersReceived(details: unknown): Promise<void> {
    if (typeof details !== 'object' || details === null) return;
    const { requestId, statusCode } = details as { requestId?: unknown; statusCode?: unknown };
    if (typeof requestId !== 'string' || typeof statusCode !== 'number') return;
    const id = `wr-${requestId}`;
    if (!recorded.has(id) || statusSeen.has(id)) return;
    statusSeen.add(id);
    const updated = await deps.store.setStatus(id, statusCode);
    if (updated) deps.onCaptured({ record: updated, outcome: 'merged', failures: await deps.store.failures(updated.tabId) });
  }

  async function onHarEntry(tabId: number, entry: unknown, responseText: string | null): Promise<AddResult | null> {
    const record = recordFromHarEntry(entry, tabId, 'devtools', ++devtoolsSeq);
    if (record) return keep(record);
    if (responseText && responseText.length <= MAX_ERROR_PAGE_CHARS) {
      const url = typeof entry === 'object' && entry !== null ? (entry as { request?: { url?: unknown } }).request?.url : undefined;
      if (typeof url !== 'string' || !isEntraSignInUrl(url)) return null;
      const page = parseEntraErrorPage(responseText, url);
      if (!page) return null;
      return onErrorPage(
        { url, ...page, requestId: page.requestId, correlationId: page.correlationId, timestamp: page.timestamp },
        tabId,
        'devtools',
      );
    }
    return null;
  }

  async function onErrorPage(page: ErrorPageReading, tabId: number, source: 'content' | 'devtools'): Promise<AddResult> {
    return keep(recordFromErrorPage(page, tabId, source, Date.now()));
  }

  return { onBeforeRequest, onHeadersReceived, onHarEntry, onErrorPage };
}
export type Recorder = ReturnType<typeof createRecorder>;
