import { entryToShow } from './shown-entry';
import { rowKey, type TimelineRow } from './filter';
import type { AnalysedItem } from './analysed';

/**
 * The row the doctor shows, derived rather than stored: the row the user
 * picked, while it is on screen; otherwise the capture a link asked for
 * (the test sign-in's "Open in the login doctor"); otherwise the newest
 * outcome, so the doctor follows a sign-in as it happens.
 */
export function selectedKey(input: {
  /** The user's pick, or null while the doctor follows the newest outcome. */
  picked: string | null;
  rows: readonly TimelineRow[];
  entries: readonly AnalysedItem[];
  /** Index in entries of the capture a link focused, or null. */
  focused: number | null;
}): string | null {
  const { picked, rows, entries, focused } = input;
  if (picked !== null && rows.some((r) => rowKey(r) === picked)) return picked;
  const asked = focused !== null ? entries[focused] : undefined;
  return asked?.key ?? entryToShow(entries)?.key ?? null;
}
