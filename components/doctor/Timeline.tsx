import { useEffect, useRef, useState } from 'preact/hooks';
import type { TimelineRow } from '@/utils/doctor/filter';
import { rowKey } from '@/utils/doctor/filter';
import { moveSelection, scrollToReveal, visibleWindow } from '@/utils/doctor/virtual';
import { diagnose } from '@/utils/doctor/diagnosis';

export const ROW_HEIGHT = 26;

interface Props {
  rows: TimelineRow[];
  selectedKey: string | null;
  onSelect(key: string): void;
}

function formatTime(ms: number | null): string {
  if (ms === null) return '—';
  const d = new Date(ms);
  return `${d.toLocaleTimeString(undefined, { hour12: false })}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

function verdictMark(row: TimelineRow): { mark: string; label: string; cls: string } {
  if (row.type === 'other') return { mark: '', label: '', cls: 'v-none' };
  const tone = diagnose(row.entry).tone;
  // The doctor's verdict, apart from Entra's own Status column: a "Success" response can still fail at JustCall.
  if (tone === 'error') return { mark: '✖', label: 'the doctor found a problem that stops this sign-in', cls: 'v-err' };
  if (tone === 'warning') return { mark: '▲', label: 'warning', cls: 'v-warn' };
  if (tone === 'ok') return { mark: '✔', label: 'valid', cls: 'v-ok' };
  return { mark: '•', label: 'no problem found', cls: 'v-info' };
}

function Row({
  row,
  index,
  selected,
  paired,
  onSelect,
}: {
  row: TimelineRow;
  index: number;
  selected: boolean;
  paired: boolean;
  onSelect(): void;
}) {
  const v = verdictMark(row);
  const cells =
    row.type === 'saml'
      ? [
          formatTime(row.entry.time),
          row.entry.direction === 'sp-to-idp' ? '→ IdP' : '← IdP',
          row.entry.binding ?? '—',
          row.entry.kind,
          row.entry.status || '—',
        ]
      : [
          formatTime(row.request.time),
          '',
          row.request.method,
          row.request.url,
          row.request.status === null ? '—' : String(row.request.status),
        ];
  return (
    <div
      id={`row-${rowKey(row)}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      class={`tl-row${selected ? ' selected' : ''}${paired ? ' paired' : ''}${row.type === 'other' ? ' other' : ''}`}
      style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
      data-kind={row.type === 'saml' ? row.entry.kind : 'other'}
      onClick={onSelect}
    >
      <span class={`tl-verdict ${v.cls}`} title={v.label} aria-label={v.label}>
        {v.mark}
      </span>
      {cells.map((c, i) => (
        <span key={i} class={`tl-cell c${i}`} title={c}>
          {c}
        </span>
      ))}
    </div>
  );
}

/**
 * The message list: virtualised (only visible rows are in the DOM, so a
 * thousand entries scroll smoothly), a listbox driven by the arrow keys,
 * Home/End and PageUp/PageDown, with the selected message's pair marked.
 */
export function Timeline({ rows, selectedKey, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 400);
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  const index = rows.findIndex((r) => rowKey(r) === selectedKey);
  const selected = rows[index];
  const pairKey = selected?.type === 'saml' ? selected.entry.pairKey : null;

  // Keep the selected row visible when it changes (keyboard or a new capture).
  useEffect(() => {
    const el = ref.current;
    if (!el || index < 0) return;
    const next = scrollToReveal(index, ROW_HEIGHT, el.scrollTop, el.clientHeight || viewport);
    if (next !== el.scrollTop) el.scrollTop = next;
  }, [index, viewport]);

  const { start, end } = visibleWindow(rows.length, ROW_HEIGHT, scrollTop, viewport);

  const onKeyDown = (e: KeyboardEvent) => {
    const next = moveSelection(e.key, index, rows.length, Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1));
    if (next === null) return;
    e.preventDefault();
    const row = rows[next];
    if (row) onSelect(rowKey(row));
  };

  return (
    <div class="timeline">
      <div class="tl-head" aria-hidden="true">
        <span class="tl-verdict" title="The doctor's verdict" />
        {['Time', 'Direction', 'Binding', 'Kind', "Entra's status"].map((h, i) => (
          <span key={h} class={`tl-cell c${i}`}>
            {h}
          </span>
        ))}
      </div>
      <div
        ref={ref}
        class="tl-body"
        role="listbox"
        tabIndex={0}
        aria-label="SAML messages"
        aria-activedescendant={selected ? `row-${rowKey(selected)}` : undefined}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
        onKeyDown={onKeyDown}
        data-testid="timeline"
        data-count={rows.length}
      >
        {rows.length === 0 ? (
          <p class="muted empty">No SAML messages yet. Sign in to JustCall in the inspected tab, or import a HAR file.</p>
        ) : (
          <div class="tl-spacer" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
            {rows.slice(start, end).map((row, i) => {
              const key = rowKey(row);
              return (
                <Row
                  key={key}
                  row={row}
                  index={start + i}
                  selected={key === selectedKey}
                  paired={key === pairKey}
                  onSelect={() => onSelect(key)}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
