import {
  CaptureIndex,
  DEFAULT_CAPS,
  bytesInIndex,
  failuresInTab,
  planAdd,
  sameCaps,
  type BudgetCaps,
  type Caps,
  type IndexEntry,
} from './buffer';
import { budgetOf } from './budget';
import { mergeRecords, sameMessage } from './merge';
import { CapturedRecord, recordBytes } from './record';

/** The subset of chrome.storage.StorageArea used here, so tests can pass an in-memory fake. */
export interface StorageLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const INDEX_KEY = 'doctor.index';
export const RECORD_PREFIX = 'doctor.rec.';
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

export interface AddResult {
  record: CapturedRecord;
  /** 'added' is new; 'merged' folded into an existing record; 'refused' was too large to keep. */
  outcome: 'added' | 'merged' | 'refused';
  failures: number;
}

/** Only what normal windows captured is written down; Incognito captures stay in memory. */
function persisted(index: CaptureIndex): CaptureIndex {
  return index.filter((e) => !e.incognito);
}

/**
 * Captured records in memory and storage.session (never storage.local: a
 * SAML Response carries personal data). Each record has its own key and a
 * single index lists them, so a capture writes one record, not the whole
 * buffer. Operations run one at a time, because webRequest events interleave.
 * After the service worker restarts, the index and records are read back.
 * Records from Incognito windows are never written to storage: they live in
 * memory, are listed only for their own tab, and go when their window does.
 */
export class CaptureStore {
  private index: CaptureIndex | null = null;
  private readonly cache = new Map<string, CapturedRecord>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly caps: BudgetCaps;

  constructor(
    private readonly storage: StorageLike,
    caps: BudgetCaps | Caps = DEFAULT_CAPS,
  ) {
    this.caps = 'maxPerTab' in caps ? sameCaps(caps) : caps;
  }

  private run<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async loadIndex(): Promise<CaptureIndex> {
    if (this.index) return this.index;
    const got = await this.storage.get(INDEX_KEY);
    const parsed = CaptureIndex.safeParse(got[INDEX_KEY]);
    this.index = parsed.success ? parsed.data : [];
    return this.index;
  }

  private async loadRecord(id: string): Promise<CapturedRecord | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const key = recordKey(id);
    const got = await this.storage.get(key);
    const parsed = CapturedRecord.safeParse(got[key]);
    if (!parsed.success) return null;
    this.cache.set(id, parsed.data);
    return parsed.data;
  }

  add(incoming: CapturedRecord): Promise<AddResult> {
    return this.run(async () => {
      const index = await this.loadIndex();
      const twin = [...index].reverse().find((e) => e.tabId === incoming.tabId && sameMessage({ fingerprint: e.fp, at: e.at }, incoming));
      if (twin) {
        const existing = await this.loadRecord(twin.id);
        if (existing) {
          const merged = mergeRecords(existing, incoming);
          twin.failed = merged.quick === 'failed';
          twin.at = merged.at;
          this.cache.set(merged.id, merged);
          await this.storage.set(
            merged.incognito ? { [INDEX_KEY]: persisted(index) } : { [recordKey(merged.id)]: merged, [INDEX_KEY]: persisted(index) },
          );
          return { record: merged, outcome: 'merged', failures: failuresInTab(index, incoming.tabId) };
        }
      }
      const entry: IndexEntry = {
        id: incoming.id,
        tabId: incoming.tabId,
        fp: incoming.fingerprint,
        at: incoming.at,
        bytes: recordBytes(incoming),
        failed: incoming.quick === 'failed',
        budget: incoming.budget ?? budgetOf({ method: incoming.method, url: incoming.url, kind: incoming.kind, grantedPatterns: [] }),
        ...(incoming.incognito ? { incognito: true as const } : {}),
      };
      const plan = planAdd(
        index.filter((e) => e.id !== incoming.id),
        entry,
        this.caps,
      );
      if (!plan) return { record: incoming, outcome: 'refused', failures: failuresInTab(index, incoming.tabId) };
      this.index = plan.index;
      for (const id of plan.evicted) this.cache.delete(id);
      this.cache.set(incoming.id, incoming);
      const kept = persisted(plan.index);
      await this.storage.set(incoming.incognito ? { [INDEX_KEY]: kept } : { [recordKey(incoming.id)]: incoming, [INDEX_KEY]: kept });
      if (plan.evicted.length) await this.storage.remove(plan.evicted.map(recordKey));
      return { record: incoming, outcome: 'added', failures: failuresInTab(plan.index, incoming.tabId) };
    });
  }

  /** Sets the HTTP status of a record once its request completes (onCompleted). */
  setStatus(id: string, status: number): Promise<CapturedRecord | null> {
    return this.run(async () => {
      const index = await this.loadIndex();
      const entry = index.find((e) => e.id === id);
      if (!entry) return null;
      const rec = await this.loadRecord(id);
      if (!rec) return null;
      const updated: CapturedRecord = { ...rec, status, quick: status >= 400 ? 'failed' : rec.quick === 'unknown' ? 'ok' : rec.quick };
      entry.failed = updated.quick === 'failed';
      this.cache.set(id, updated);
      await this.storage.set(
        updated.incognito ? { [INDEX_KEY]: persisted(index) } : { [recordKey(id)]: updated, [INDEX_KEY]: persisted(index) },
      );
      return updated;
    });
  }

  /**
   * Records of one tab, or of every tab when tabId is null, oldest first.
   * Incognito records are listed only for their own tab (the DevTools of that
   * tab, or the wizard's test sign-in in that window), never with every tab's.
   */
  list(tabId: number | null): Promise<CapturedRecord[]> {
    return this.run(async () => {
      const index = await this.loadIndex();
      const wanted = index.filter((e) => (tabId === null ? !e.incognito : e.tabId === tabId));
      const missing = wanted.filter((e) => !this.cache.has(e.id)).map((e) => recordKey(e.id));
      if (missing.length) {
        const got = await this.storage.get(missing);
        for (const value of Object.values(got)) {
          const parsed = CapturedRecord.safeParse(value);
          if (parsed.success) this.cache.set(parsed.data.id, parsed.data);
        }
      }
      return wanted.flatMap((e) => {
        const r = this.cache.get(e.id);
        return r ? [r] : [];
      });
    });
  }

  clear(tabId: number | null): Promise<void> {
    return this.run(async () => {
      const index = await this.loadIndex();
      const gone = index.filter((e) => tabId === null || e.tabId === tabId);
      this.index = index.filter((e) => !(tabId === null || e.tabId === tabId));
      for (const e of gone) this.cache.delete(e.id);
      await this.storage.set({ [INDEX_KEY]: persisted(this.index) });
      if (gone.length) await this.storage.remove(gone.map((e) => recordKey(e.id)));
    });
  }

  /** Forgets every Incognito record (the last Incognito window closed). */
  clearIncognito(): Promise<void> {
    return this.run(async () => {
      const index = await this.loadIndex();
      for (const e of index) if (e.incognito) this.cache.delete(e.id);
      this.index = index.filter((e) => !e.incognito);
    });
  }

  failures(tabId: number): Promise<number> {
    return this.run(async () => failuresInTab(await this.loadIndex(), tabId));
  }

  /** Tabs that have captures, with counts, for the standalone panel's tab picker. */
  tabs(): Promise<Array<{ tabId: number; count: number; failures: number }>> {
    return this.run(async () => {
      const index = await this.loadIndex();
      const byTab = new Map<number, { tabId: number; count: number; failures: number }>();
      for (const e of index) {
        if (e.incognito) continue;
        const t = byTab.get(e.tabId) ?? { tabId: e.tabId, count: 0, failures: 0 };
        t.count++;
        if (e.failed) t.failures++;
        byTab.set(e.tabId, t);
      }
      return [...byTab.values()];
    });
  }

  /** Bytes held (the index's accounting) and the number of records cached in memory, for the bench and tests. */
  stats(): Promise<{ records: number; bytes: number; cached: number }> {
    return this.run(async () => {
      const index = await this.loadIndex();
      return { records: index.length, bytes: bytesInIndex(index), cached: this.cache.size };
    });
  }
}
