import { useEffect, useState } from 'preact/hooks';
import type { CapturedRecord } from '@/utils/recorder/record';
import { clearRecords, listRecords, onCaptured } from './platform';

const MAX_LIVE = 1_000;

function upsert(records: CapturedRecord[], r: CapturedRecord): CapturedRecord[] {
  const i = records.findIndex((x) => x.id === r.id);
  if (i >= 0) return records.map((x, j) => (j === i ? r : x));
  const next = [...records, r].sort((a, b) => a.at - b.at);
  return next.length > MAX_LIVE ? next.slice(-MAX_LIVE) : next;
}

export interface LastCapture {
  id: string;
  at: number;
  /** performance.now() when the panel heard of it. */
  receivedAt: number;
}

/**
 * The recorder's captures of one tab (or of every tab when tabId is null):
 * those stored so far, then each one the background broadcasts, oldest first
 * and capped. onCapture runs for every new capture (the panel then follows it).
 */
export function useLiveRecords(
  tabId: number | null,
  onCapture: () => void,
): { records: CapturedRecord[]; lastCapture: LastCapture | null; clear(): void } {
  const [records, setRecords] = useState<CapturedRecord[]>([]);
  const [lastCapture, setLastCapture] = useState<LastCapture | null>(null);
  useEffect(() => {
    void listRecords(tabId).then((list) => setRecords((prev) => list.reduce(upsert, prev)));
    return onCaptured(({ record }) => {
      // Every tab's view leaves out Incognito captures, which are shown only for their own tab.
      if (tabId === null ? record.incognito : record.tabId !== tabId) return;
      setRecords((prev) => upsert(prev, record));
      setLastCapture({ id: record.id, at: record.at, receivedAt: performance.now() });
      onCapture();
    });
  }, [tabId, onCapture]);
  const clear = () => void clearRecords(tabId).then(() => setRecords([]));
  return { records, lastCapture, clear };
}
