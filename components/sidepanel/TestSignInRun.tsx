import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TestSignInStartReply, TestSignInStatusReply } from '@/utils/messages/test-sign-in';
import { DoctorCaptured } from '@/utils/messages/doctor';
import type { CapturedRecord } from '@/utils/recorder/record';
import type { TestRun } from '@/utils/test-sign-in/run';

export interface TestSignInRunState {
  run: TestRun | null;
  windowOpen: boolean;
  records: CapturedRecord[];
  starting: boolean;
  error: string | null;
  start(incognito: boolean): Promise<void>;
}

/** How often to ask while the test window is open: new tabs and HTTP statuses arrive without a broadcast. */
const POLL_MS = 1_000;

/** Records compared by what the analysis depends on, so an unchanged poll does not re-run it. */
function sameRecords(a: readonly CapturedRecord[], b: readonly CapturedRecord[]): boolean {
  return (
    a.length === b.length && a.every((r, i) => r.id === b[i]?.id && r.status === b[i]?.status && r.sources.length === b[i]?.sources.length)
  );
}

async function askStatus(): Promise<TestSignInStatusReply | null> {
  const parsed = TestSignInStatusReply.safeParse(await browser.runtime.sendMessage({ type: 'test-sign-in:status' }).catch(() => null));
  return parsed.success ? parsed.data : null;
}

/**
 * The wizard's side of a test sign-in: asks the background to open the
 * window, then follows what the recorder captures there (on every capture
 * broadcast, and by polling while the window is open).
 */
export function useTestSignInRun(): TestSignInRunState {
  const [run, setRun] = useState<TestRun | null>(null);
  const [windowOpen, setWindowOpen] = useState(false);
  const [records, setRecords] = useState<CapturedRecord[]>([]);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const runId = useRef<string | null>(null);

  const refresh = useCallback(async () => {
    const status = await askStatus();
    if (!status) return;
    // A run that ended before this panel opened: its window is gone and the recorder forgot its tabs; nothing to show.
    if (status.run && status.run.id !== runId.current && !status.windowOpen && status.records.length === 0) return;
    setRun(status.run);
    setWindowOpen(status.windowOpen);
    // The recorder forgets a tab's captures when the tab closes; keep what was seen for this run.
    if (status.run?.id !== runId.current) {
      runId.current = status.run?.id ?? null;
      setRecords(status.records);
    } else if (status.records.length > 0) {
      setRecords((prev) => (sameRecords(prev, status.records) ? prev : status.records));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onMessage = (raw: unknown) => {
      if (DoctorCaptured.safeParse(raw).success) void refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [refresh]);

  useEffect(() => {
    if (!run || !windowOpen) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [run, windowOpen, refresh]);

  const start = useCallback(async (incognito: boolean) => {
    setStarting(true);
    setError(null);
    const reply = TestSignInStartReply.safeParse(
      await browser.runtime.sendMessage({ type: 'test-sign-in:start', incognito }).catch(() => null),
    );
    setStarting(false);
    if (!reply.success) {
      setError('The extension did not answer. Reload the panel and try again.');
      return;
    }
    if (!reply.data.ok) {
      setError(reply.data.error);
      return;
    }
    runId.current = reply.data.run.id;
    setRun(reply.data.run);
    setWindowOpen(true);
    setRecords([]);
  }, []);

  return { run, windowOpen, records, starting, error, start };
}
