/**
 * The corpus' judge: each page reports, from its framework's state (React
 * state, Knockout observables), what it would save, never what the DOM shows.
 * A value set without the events the framework listens for is not in that
 * state, so it counts as not filled.
 */

export type Judged = Record<string, string | string[] | number | boolean | null>;

declare global {
  interface Window {
    __corpusJudge?: () => Judged;
    /** Set once the form the admin works on is drawn. */
    __corpusReady?: boolean;
  }
}

export function exposeJudge(read: () => Judged): void {
  window.__corpusJudge = read;
}

export function markReady(): void {
  window.__corpusReady = true;
}

/** Rows of URL inputs as the page would save them: the non-empty values, in order. */
export function saved(rows: readonly string[]): string[] {
  return rows.map((r) => r.trim()).filter((r) => r !== '');
}

/** Which document of the variant this is (`?doc=`), for pages drawn in several documents. */
export function docName(): string {
  return new URLSearchParams(location.search).get('doc') ?? '';
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
