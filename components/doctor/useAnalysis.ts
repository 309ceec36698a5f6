import { useEffect, useRef, useState } from 'preact/hooks';
import type { CapturedItem } from '@/utils/saml/har';
import type { AnalysisContext } from '@/utils/saml/types';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import { Stopped, useDoctorService } from './service';

/**
 * Re-analyses whenever the items or the expected values change, through the
 * doctor's service (a Worker in the panel); a stale run never overwrites a
 * newer one, and one the service replaced is not an error.
 */
export function useAnalysis(
  items: readonly CapturedItem[],
  ctx: AnalysisContext,
): { entries: AnalysedItem[]; busy: boolean; error: string | null } {
  const service = useDoctorService();
  const [state, setState] = useState<{ entries: AnalysedItem[]; busy: boolean; error: string | null }>({
    entries: [],
    busy: false,
    error: null,
  });
  const generation = useRef(0);
  useEffect(() => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, busy: true }));
    service
      .analyse(items, ctx)
      .then((entries) => {
        if (gen === generation.current) setState({ entries, busy: false, error: null });
      })
      .catch((e: unknown) => {
        if (gen !== generation.current || e instanceof Stopped) return;
        setState({ entries: [], busy: false, error: e instanceof Error ? e.message : String(e) });
      });
  }, [service, items, ctx]);
  return state;
}
