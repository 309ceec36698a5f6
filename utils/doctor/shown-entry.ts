import type { AnalysedItem } from './analysed';

/** What ends a sign-in: the IdP's answer (a Response or a bare Assertion) or Entra's error page. */
export function isOutcome(entry: Pick<AnalysedItem, 'kind'>): boolean {
  return entry.kind === 'Response' || entry.kind === 'EntraError' || entry.kind === 'Assertion';
}

/** The entry to show first: the latest outcome, else the latest message. */
export function entryToShow(entries: readonly AnalysedItem[]): AnalysedItem | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e && isOutcome(e)) return e;
  }
  return entries[entries.length - 1] ?? null;
}
