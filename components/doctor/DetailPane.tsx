import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import type { AnalysisContext } from '@/utils/saml/types';
import { DiagnosisTab } from './tabs/DiagnosisTab';
import { ChecksTab } from './tabs/ChecksTab';
import { XmlTab } from './tabs/XmlTab';
import { CertificateTab } from './tabs/CertificateTab';
import { RawTab } from './tabs/RawTab';

const TABS = ['Diagnosis', 'Checks', 'XML', 'Certificate', 'Raw'] as const;
type Tab = (typeof TABS)[number];

/** Tabs for one message, Diagnosis first; arrow keys move between tabs (WAI-ARIA tabs pattern). */
export function DetailPane({ entry, ctx }: { entry: AnalysedItem; ctx: AnalysisContext }) {
  const [tab, setTab] = useState<Tab>('Diagnosis');
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  useEffect(() => setTab('Diagnosis'), [entry.key]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (i + delta + TABS.length) % TABS.length;
    const name = TABS[next];
    if (name) setTab(name);
    refs.current[next]?.focus();
  };
  return (
    <div class="detail">
      <div role="tablist" class="tabs" aria-label="Message details">
        {TABS.map((t, i) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls="tabpanel"
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t}
            {t === 'Checks' && entry.findings.length > 0 ? ` (${entry.findings.length})` : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="tabpanel" aria-labelledby={`tab-${tab}`} class="tabpanel">
        {tab === 'Diagnosis' && <DiagnosisTab entry={entry} />}
        {tab === 'Checks' && <ChecksTab entry={entry} />}
        {tab === 'XML' && <XmlTab entry={entry} />}
        {tab === 'Certificate' && <CertificateTab entry={entry} ctx={ctx} />}
        {tab === 'Raw' && <RawTab entry={entry} />}
      </div>
    </div>
  );
}
