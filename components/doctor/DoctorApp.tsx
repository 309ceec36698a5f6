import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CapturedRecord } from '@/utils/recorder/record';
import type { CaptureReadResult } from '@/utils/saml/har';
import { Timeline } from './Timeline';
import { DetailPane } from './DetailPane';
import { ExpectedPanel } from './ExpectedPanel';
import { ExportBar } from './ExportBar';
import { HostPermission } from './HostPermission';
import { ImportButton, ImportZone } from './ImportZone';
import { useAnalysis } from './useAnalysis';
import { useDevtoolsRequests } from './useDevtoolsRequests';
import { recordsToItems } from '@/utils/doctor/records-to-items';
import { EMPTY_EXPECTED, expectedFromSession, mergeExpected, toContext, type ExpectedValues } from '@/utils/doctor/expected';
import { rowKey, visibleRows } from '@/utils/doctor/filter';
import { selectedKey } from '@/utils/doctor/selection';
import { parseDoctorFocus } from '@/utils/test-sign-in/doctor-link';
import {
  clearRecords,
  inspectedTabId,
  listRecords,
  onCaptured,
  onExpectedSourcesChange,
  readSetupSession,
  readTypedExpected,
  saveTypedExpected,
} from './platform';

const MAX_LIVE = 1_000;

function upsert(records: CapturedRecord[], r: CapturedRecord): CapturedRecord[] {
  const i = records.findIndex((x) => x.id === r.id);
  if (i >= 0) return records.map((x, j) => (j === i ? r : x));
  const next = [...records, r].sort((a, b) => a.at - b.at);
  return next.length > MAX_LIVE ? next.slice(-MAX_LIVE) : next;
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
  const [records, setRecords] = useState<CapturedRecord[]>([]);
  const [imported, setImported] = useState<{ name: string; result: CaptureReadResult } | null>(null);
  const [view, setView] = useState<'live' | 'import'>('live');
  const [typed, setTyped] = useState<ExpectedValues>(EMPTY_EXPECTED);
  const [session, setSession] = useState<ReturnType<typeof expectedFromSession>>(null);
  const [samlOnly, setSamlOnly] = useState(true);
  const [search, setSearch] = useState('');
  // The row the user picked; null while the doctor follows the newest outcome.
  const [picked, setPicked] = useState<string | null>(null);
  const [lastCapture, setLastCapture] = useState<{ id: string; at: number; receivedAt: number } | null>(null);
  const others = useDevtoolsRequests();

  useEffect(() => {
    void listRecords(tabId).then((list) => setRecords((prev) => list.reduce(upsert, prev)));
    return onCaptured(({ record }) => {
      if (tabId !== null && record.tabId !== tabId) return;
      setRecords((prev) => upsert(prev, record));
      setLastCapture({ id: record.id, at: record.at, receivedAt: performance.now() });
      setView('live');
      setPicked(null);
    });
  }, [tabId]);

  useEffect(() => {
    const loadSession = () => void readSetupSession().then((raw) => setSession(expectedFromSession(raw)));
    const loadTyped = () => void readTypedExpected().then(setTyped);
    loadSession();
    loadTyped();
    return onExpectedSourcesChange((which) => (which === 'session' ? loadSession() : loadTyped()));
  }, []);

  const ctx = useMemo(() => {
    const values = mergeExpected(session?.values ?? null, typed);
    const extra: { replyUrls?: string[]; identifier?: string } = {};
    if (session?.replyUrls.length) extra.replyUrls = session.replyUrls;
    if (session?.identifier) extra.identifier = session.identifier;
    return toContext(values, extra);
  }, [session, typed]);

  const items = useMemo(() => (view === 'import' && imported ? imported.result.items : recordsToItems(records)), [view, imported, records]);
  const { entries, busy, error } = useAnalysis(items, ctx);
  const rows = useMemo(() => visibleRows(entries, others, samlOnly, search), [entries, others, samlOnly, search]);

  // Follow the newest outcome until the user picks a row themselves (derived on each render, never stored).
  const focusedIndex = focus?.recordId && view === 'live' ? records.findIndex((r) => r.id === focus.recordId) : -1;
  const selected = selectedKey({ picked, rows, entries, focused: focusedIndex >= 0 ? focusedIndex : null });

  const current = entries.find((e) => e.key === selected) ?? null;
  const currentOther = current ? null : rows.find((r) => rowKey(r) === selected && r.type === 'other');

  // For the bench: when did the newest capture's diagnosis reach the screen (epoch ms, after the render)?
  const shownLatency = lastCapture && current && !busy ? Math.round(performance.now() - lastCapture.receivedAt) : null;
  useEffect(() => {
    if (shownLatency === null || !lastCapture) return;
    const w = window as unknown as { __doctorShown?: Array<{ id: string; at: number; shownAt: number; latency: number }> };
    (w.__doctorShown ??= []).push({ id: lastCapture.id, at: lastCapture.at, shownAt: Date.now(), latency: shownLatency });
  }, [shownLatency, lastCapture]);

  return (
    <ImportZone
      onImported={(name, result) => {
        setImported({ name, result });
        setView('import');
        setPicked(null);
      }}
    >
      <main class="doctor" data-mode={mode} data-busy={busy ? 'true' : 'false'} data-latency={shownLatency ?? undefined}>
        <header class="toolbar">
          <h1>SSO Doctor</h1>
          <div class="segmented" role="group" aria-label="Source">
            <button type="button" aria-pressed={view === 'live'} onClick={() => setView('live')}>
              {mode === 'devtools' ? 'This tab' : 'Captured'} ({records.length})
            </button>
            {imported && (
              <button type="button" aria-pressed={view === 'import'} onClick={() => setView('import')} data-testid="view-import">
                {imported.name} ({imported.result.items.length})
              </button>
            )}
          </div>
          <ImportButton
            onImported={(name, result) => {
              setImported({ name, result });
              setView('import');
              setPicked(null);
            }}
          />
          {view === 'live' && (
            <button type="button" onClick={() => void clearRecords(tabId).then(() => setRecords([]))}>
              Clear
            </button>
          )}
          <div class="segmented" role="group" aria-label="Filter">
            <button type="button" aria-pressed={samlOnly} onClick={() => setSamlOnly(true)}>
              SAML only
            </button>
            <button type="button" aria-pressed={!samlOnly} onClick={() => setSamlOnly(false)}>
              All
            </button>
          </div>
          <input
            type="search"
            class="search"
            placeholder="Filter messages"
            aria-label="Filter messages"
            value={search}
            onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)}
          />
          <ExportBar entries={entries} />
        </header>
        {view === 'import' && imported && imported.result.notes.length > 0 && (
          <ul class="notes" data-testid="import-notes">
            {imported.result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {view === 'import' && imported && imported.result.format === null && (
          <p class="error">This file is not a HAR, a SAML-tracer export or a trace from this tool.</p>
        )}
        {error && <p class="error">Analysis failed: {error}</p>}
        <ExpectedPanel
          typed={typed}
          fromSession={session?.values ?? null}
          onChange={(next) => {
            setTyped(next);
            void saveTypedExpected(next);
          }}
        />
        <div class="split">
          <Timeline rows={rows} selectedKey={selected} onSelect={setPicked} />
          <div class="detail-wrap">
            {current ? (
              <DetailPane entry={current} ctx={ctx} />
            ) : currentOther && currentOther.type === 'other' ? (
              <p class="mono">
                {currentOther.request.method} {currentOther.request.url} — no SAML in this request.
              </p>
            ) : (
              <p class="muted">Select a message to see its diagnosis.</p>
            )}
          </div>
        </div>
        <HostPermission />
      </main>
    </ImportZone>
  );
}
