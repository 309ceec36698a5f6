import { useCallback, useMemo, useState } from 'preact/hooks';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import { recordsToItems } from '@/utils/doctor/records-to-items';
import { rowKey, visibleRows, type TimelineRow } from '@/utils/doctor/filter';
import { selectedKey } from '@/utils/doctor/selection';
import type { CaptureReadResult } from '@/utils/saml/har';
import type { AnalysisContext } from '@/utils/saml/types';
import { parseDoctorFocus } from '@/utils/test-sign-in/doctor-link';
import { Timeline } from './Timeline';
import { DetailPane } from './DetailPane';
import { ExpectedPanel } from './ExpectedPanel';
import { HostPermission } from './HostPermission';
import { ImportProgress, ImportZone } from './ImportZone';
import { Toolbar, type DoctorView, type Imported } from './Toolbar';
import { useAnalysis } from './useAnalysis';
import { useDevtoolsRequests } from './useDevtoolsRequests';
import { useExpected } from './useExpected';
import { useImport } from './useImport';
import { useLiveRecords } from './useLiveRecords';
import { useShownLatency } from './useShownLatency';
import { ProvisioningView, type ProvisioningImported } from './provisioning/ProvisioningView';
import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import { inspectedTabId } from './platform';

function ImportNotes({ imported }: { imported: Imported }) {
  const { notes, format } = imported.result;
  return (
    <>
      {notes.length > 0 && (
        <ul class="notes" data-testid="import-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {format === null && <p class="error">This file is not a HAR, a SAML-tracer export or a trace from this tool.</p>}
    </>
  );
}

/** The diagnosis of the selected message, or what the selected non-SAML request was. */
function Detail({ current, row, ctx }: { current: AnalysedItem | null; row: TimelineRow | undefined; ctx: AnalysisContext }) {
  if (current) return <DetailPane entry={current} ctx={ctx} />;
  if (row?.type === 'other') {
    return (
      <p class="mono">
        {row.request.method} {row.request.url} — no SAML in this request.
      </p>
    );
  }
  return <p class="muted">Select a message to see its diagnosis.</p>;
}

/**
 * The login doctor. In DevTools it shows the inspected tab's captures; as a
 * standalone tab it shows every tab's captures and imported files, so
 * support can analyse a customer's HAR without DevTools.
 */
export function DoctorApp({ mode }: { mode: 'devtools' | 'tab' }) {
  // As a tab, a link (the wizard's test sign-in) may narrow the doctor to one tab and one capture.
  const [focus] = useState(() => (mode === 'tab' ? parseDoctorFocus(location.hash) : null));
  const tabId = mode === 'devtools' ? inspectedTabId() : (focus?.tabId ?? null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [provisioning, setProvisioning] = useState<ProvisioningImported | null>(null);
  const [view, setView] = useState<DoctorView>('live');
  const [samlOnly, setSamlOnly] = useState(true);
  const [search, setSearch] = useState('');
  // The row the user picked; null while the doctor follows the newest outcome.
  const [picked, setPicked] = useState<string | null>(null);

  const followLive = useCallback(() => {
    setView('live');
    setPicked(null);
  }, []);
  const { records, lastCapture, clear } = useLiveRecords(tabId, followLive);
  const expected = useExpected();
  const others = useDevtoolsRequests();
  const onImported = useCallback((name: string, result: CaptureReadResult) => {
    setImported({ name, result });
    setView('import');
    setPicked(null);
  }, []);
  const onProvisioning = useCallback((name: string, analysis: ProvisioningAnalysis) => {
    setProvisioning({ name, analysis });
    setView('provisioning');
  }, []);
  const importer = useImport({ onCapture: onImported, onProvisioning });

  const items = useMemo(() => (view === 'import' && imported ? imported.result.items : recordsToItems(records)), [view, imported, records]);
  const { entries, busy, error } = useAnalysis(items, expected.ctx);
  const rows = useMemo(() => visibleRows(entries, others, samlOnly, search), [entries, others, samlOnly, search]);

  // Follow the newest outcome until the user picks a row themselves (derived on each render, never stored).
  const focusedIndex = focus?.recordId && view === 'live' ? records.findIndex((r) => r.id === focus.recordId) : -1;
  const selected = selectedKey({ picked, rows, entries, focused: focusedIndex >= 0 ? focusedIndex : null });
  const current = entries.find((e) => e.key === selected) ?? null;
  const shownLatency = useShownLatency(lastCapture, current !== null && !busy);

  return (
    <ImportZone onFile={importer.start}>
      <main
        class="doctor"
        data-mode={mode}
        data-busy={busy ? 'true' : 'false'}
        data-importing={importer.job ? 'true' : 'false'}
        data-latency={shownLatency ?? undefined}
      >
        <Toolbar
          mode={mode}
          view={view}
          onView={setView}
          liveCount={records.length}
          imported={imported}
          provisioning={provisioning}
          onFile={importer.start}
          onClear={clear}
          samlOnly={samlOnly}
          onSamlOnly={setSamlOnly}
          search={search}
          onSearch={setSearch}
          entries={entries}
        />
        {importer.job && <ImportProgress job={importer.job} />}
        {importer.notice && (
          <p class="notice" role="status" data-testid="import-notice">
            {importer.notice}
          </p>
        )}
        {view === 'import' && imported && <ImportNotes imported={imported} />}
        {view === 'provisioning' && provisioning ? (
          <ProvisioningView key={provisioning.name} imported={provisioning} />
        ) : (
          <>
            {error && <p class="error">Analysis failed: {error}</p>}
            <ExpectedPanel typed={expected.typed} fromSession={expected.fromSession} onChange={expected.setTyped} />
            <div class="split">
              <Timeline rows={rows} selectedKey={selected} onSelect={setPicked} />
              <div class="detail-wrap">
                <Detail current={current} row={current ? undefined : rows.find((r) => rowKey(r) === selected)} ctx={expected.ctx} />
              </div>
            </div>
          </>
        )}
        <HostPermission />
      </main>
    </ImportZone>
  );
}
