import type { AddResult, CaptureStore } from './store';
import { recordFromBeforeRequest } from './web-request';
import { isEntraSignInUrl, shouldRecord } from './should-record';
import { recordFromHarEntry } from './har-record';
import { recordFromErrorPage, type ErrorPageReading } from './error-page-record';
import { parseEntraErrorPage } from '@/utils/saml/aadsts';
import { MAX_ERROR_PAGE_CHARS } from './caps';

export interface RecorderDeps {
  store: CaptureStore;
  /** Match patterns of origins the admin granted (beyond the manifest's named hosts). */
  grantedPatterns(): Promise<readonly string[]>;
  /** Called after each capture or merge (badge, broadcast to the panel). */
  onCaptured(result: AddResult): void;
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

  async function onBeforeRequest(details: unknown): Promise<AddResult | null> {
    if (typeof details !== 'object' || details === null) return null;
    const { method, url, tabId } = details as { method?: unknown; url?: unknown; tabId?: unknown };
    if (typeof method !== 'string' || typeof url !== 'string') return null;
    if (typeof tabId === 'number' && tabId < 0) return null; // not a tab (e.g. the extension's own fetch)
    if (!shouldRecord(method, url, await deps.grantedPatterns())) return null;
    const record = recordFromBeforeRequest(details);
    if (!record) return null;
    recorded.add(record.id);
    const result = await deps.store.add(record);
    deps.onCaptured(result);
    return result;
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
    if (record) {
      const result = await deps.store.add(record);
      deps.onCaptured(result);
      return result;
    }
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
    const result = await deps.store.add(recordFromErrorPage(page, tabId, source, Date.now()));
    deps.onCaptured(result);
    return result;
  }

  return { onBeforeRequest, onHeadersReceived, onHarEntry, onErrorPage };
}
export type Recorder = ReturnType<typeof createRecorder>;
