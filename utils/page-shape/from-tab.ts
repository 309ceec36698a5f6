import { portalOfUrl } from '@/utils/hosts';
import { buildPageShapeReport, type FrameResult, type PageShapeReport } from './report';

/** The built file of entrypoints/page-shape.ts. */
export const PAGE_SHAPE_SCRIPT = '/page-shape.js';

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

export interface PageShapeApis {
  tabs(): Promise<TabLike[]>;
  inject(tabId: number): Promise<FrameResult[]>;
}

export type PageShapeResult = { ok: true; report: PageShapeReport } | { ok: false; error: string };

/**
 * The portal tab the admin is looking at: the window's active tab when it is
 * a portal page; else (the side panel opened as a tab of its own) the portal
 * tab used last.
 */
export function portalTab(tabs: readonly TabLike[]): TabLike | null {
  const portals = tabs.filter((t) => t.id !== undefined && portalOfUrl(t.url) !== null);
  return portals.find((t) => t.active) ?? [...portals].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? null;
}

export async function pageShapeOfPortalTab(apis: PageShapeApis, now: Date = new Date()): Promise<PageShapeResult> {
  const tab = portalTab(await apis.tabs().catch(() => []));
  if (tab?.id === undefined)
    return { ok: false, error: 'Open the Entra admin center (or JustCall) on the page whose shape you want to report.' };
  try {
    return { ok: true, report: buildPageShapeReport(await apis.inject(tab.id), now) };
  } catch (e) {
    return { ok: false, error: `The page could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
}
