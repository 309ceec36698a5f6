import { useEffect, useState } from 'preact/hooks';
import type { OtherRequest } from '@/utils/doctor/filter';
import { carriesSaml, type NetworkEntryShape } from '@/utils/recorder/devtools-filter';
import { inDevtools } from './platform';

const MAX_OTHERS = 2_000;

/** Non-SAML requests of the inspected tab, for the "All" filter (DevTools only; nothing is stored). */
export function useDevtoolsRequests(): OtherRequest[] {
  const [others, setOthers] = useState<OtherRequest[]>([]);
  useEffect(() => {
    if (!inDevtools()) return;
    let seq = 0;
    const listener = (request: chrome.devtools.network.Request) => {
      const entry = request as unknown as NetworkEntryShape;
      if (carriesSaml(entry)) return;
      const t = entry.startedDateTime ? Date.parse(entry.startedDateTime) : NaN;
      const other: OtherRequest = {
        key: `net-${++seq}`,
        time: Number.isFinite(t) ? t : Date.now(),
        method: entry.request.method,
        url: entry.request.url,
        status: typeof entry.response?.status === 'number' ? entry.response.status : null,
      };
      setOthers((prev) => (prev.length >= MAX_OTHERS ? [...prev.slice(1), other] : [...prev, other]));
    };
    chrome.devtools.network.onRequestFinished.addListener(listener);
    return () => chrome.devtools.network.onRequestFinished.removeListener(listener);
  }, []);
  return others;
}
