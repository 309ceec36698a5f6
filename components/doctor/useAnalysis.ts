import { useEffect, useRef, useState } from 'preact/hooks';
import type { CapturedItem } from '@/utils/saml/har';
import type { AnalysisContext } from '@/utils/saml/types';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import { analyseItems } from '@/utils/doctor/analyse-items';

/** Re-analyses whenever the items or the expected values change; a stale run never overwrites a newer one. */
export function useAnalysis(
  items: readonly CapturedItem[],
  ctx: AnalysisContext,
): { entries: AnalysedItem[]; busy: boolean; error: string | null } {
  const [state, setState] = useState<{ entries: AnalysedItem[]; busy: boolean; error: string | null }>({
    entries: [],
    busy: false,
    error: null,
  });
  const generation = useRef(0);
  useEffect(() => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, busy: true }));
    analyseItems(items, ctx)
      .then((entries) => {
        if (gen === generation.current) setState({ entries, busy: false, error: null });
      })
      .catch((e: unknown) => {
        if (gen === generation.current) setState({ entries: [], busy: false, error: e instanceof Error ? e.message : String(e) });
      });
  }, [items, ctx]);
  return state;
}
