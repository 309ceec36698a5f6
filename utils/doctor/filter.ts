import type { AnalysedItem } from './analysed';

/** A network request the panel saw that carries no SAML (shown only with the "All" filter). */
export interface OtherRequest {
  key: string;
  time: number | null;
  method: string;
  url: string;
  status: number | null;
}

export type TimelineRow = { type: 'saml'; entry: AnalysedItem } | { type: 'other'; request: OtherRequest };

export function rowKey(row: TimelineRow): string {
  return row.type === 'saml' ? row.entry.key : row.request.key;
}

function rowText(row: TimelineRow): string {
  if (row.type === 'other') return `${row.request.method} ${row.request.url} ${row.request.status ?? ''}`;
  const e = row.entry;
  return [e.kind, e.binding ?? '', e.status, e.verdict ?? '', e.item.url, ...e.findings.map((f) => f.title)].join(' ');
}

/** Rows in time order; "SAML only" hides other requests; the search matches any visible text, case-insensitively. */
export function visibleRows(
  entries: readonly AnalysedItem[],
  others: readonly OtherRequest[],
  samlOnly: boolean,
  search: string,
): TimelineRow[] {
  const rows: TimelineRow[] = entries.map((entry) => ({ type: 'saml', entry }));
  if (!samlOnly) {
    for (const request of others) rows.push({ type: 'other', request });
    const t = (r: TimelineRow) => (r.type === 'saml' ? r.entry.time : r.request.time) ?? 0;
    rows.sort((a, b) => t(a) - t(b));
  }
  const q = search.trim().toLowerCase();
  return q ? rows.filter((r) => rowText(r).toLowerCase().includes(q)) : rows;
}
