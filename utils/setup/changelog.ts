import { MAX_CHANGES, type ChangeEntry, type FeatureId, type FieldResult, type SetupSession, featurePortal } from './session';

/**
 * The change log: every value the assistant wrote into a portal, with the
 * value it replaced. Built from fill reports, so it records what the page
 * held before and after (read back), not what we hoped to write.
 */

export function changesFromFill(feature: FeatureId, url: string, at: string, results: readonly FieldResult[]): ChangeEntry[] {
  return results
    .filter((r) => r.status === 'filled')
    .map((r) => ({
      at,
      portal: featurePortal(feature),
      feature,
      field: r.label || r.field,
      old: r.before ?? '',
      new: r.after ?? r.expected,
      url,
    }));
}

export function appendChanges(session: SetupSession, entries: readonly ChangeEntry[]): void {
  if (entries.length === 0) return;
  session.changelog = [...session.changelog, ...entries].slice(-MAX_CHANGES);
}

export function changelogJson(entries: readonly ChangeEntry[]): string {
  return JSON.stringify(entries, null, 2);
}

const CSV_COLUMNS = ['at', 'portal', 'feature', 'field', 'old', 'new', 'url'] as const;

/**
 * RFC 4180 quoting. A leading = + - @ is prefixed with a quote so a
 * spreadsheet does not run a value copied from a portal as a formula.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function changelogCsv(entries: readonly ChangeEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) lines.push(CSV_COLUMNS.map((c) => csvCell(e[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
