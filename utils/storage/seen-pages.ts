import { SeenPage, SeenPages } from '@/utils/messages/portal-pages';

/** The portal pages seen this browser session; storage.session so nothing outlives it. */
export const SEEN_PAGES_KEY = 'seenPages';
const MAX_SEEN = 50;

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readSeenPages(area: SessionArea): Promise<SeenPage[]> {
  const raw = (await area.get(SEEN_PAGES_KEY))[SEEN_PAGES_KEY];
  const parsed = SeenPages.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

/** Newest first; one row per URL and frame kind, so reloads do not pile up. */
export async function recordSeenPage(area: SessionArea, page: SeenPage): Promise<SeenPage[]> {
  const current = await readSeenPages(area);
  const rest = current.filter((p) => !(p.url === page.url && p.topFrame === page.topFrame));
  const next = [page, ...rest].slice(0, MAX_SEEN);
  await area.set({ [SEEN_PAGES_KEY]: next });
  return next;
}
