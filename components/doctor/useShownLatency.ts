import { useEffect } from 'preact/hooks';
import type { LastCapture } from './useLiveRecords';

/**
 * For the bench: how long after the newest capture arrived its diagnosis was
 * on screen (ms), recorded in window.__doctorShown after the render; null
 * while there is nothing shown or the analysis is running.
 */
export function useShownLatency(lastCapture: LastCapture | null, showing: boolean): number | null {
  const shownLatency = lastCapture && showing ? Math.round(performance.now() - lastCapture.receivedAt) : null;
  useEffect(() => {
    if (shownLatency === null || !lastCapture) return;
    const w = window as unknown as { __doctorShown?: Array<{ id: string; at: number; shownAt: number; latency: number }> };
    (w.__doctorShown ??= []).push({ id: lastCapture.id, at: lastCapture.at, shownAt: Date.now(), latency: shownLatency });
  }, [shownLatency, lastCapture]);
  return shownLatency;
}
