import { z } from 'zod';
import { MAX_ERROR_PAGE_CHARS } from '@/utils/recorder/caps';
import { CapturedRecord, ErrorPageInfo, MAX_URL_CHARS } from '@/utils/recorder/record';

/**
 * Runtime messages of the login doctor: the panel and devtools page ask the
 * background's recorder; the login content script reports error pages; the
 * background broadcasts each capture. Every receiver parses with these.
 */

const TabId = z.number().int().nullable();

export const DoctorList = z.object({ type: z.literal('doctor:list'), tabId: TabId });
export const DoctorClear = z.object({ type: z.literal('doctor:clear'), tabId: TabId });
export const DoctorTabs = z.object({ type: z.literal('doctor:tabs') });
export const DoctorStats = z.object({ type: z.literal('doctor:stats') });

/** From the devtools page: a finished request of the inspected tab, as devtools.network gives it. */
export const DoctorHarEntry = z.object({
  type: z.literal('doctor:har-entry'),
  tabId: z.number().int(),
  /** Parsed with utils/saml/har/har-entry.ts (the recorder's har-record.ts); unknown here so one schema owns its shape. */
  entry: z.unknown(),
  /** The response body, when the devtools page read it because it may be an Entra error page. */
  responseText: z.string().max(MAX_ERROR_PAGE_CHARS).nullable(),
});

/** From the content script on login.microsoftonline.com; the tab comes from the sender, never the message. */
export const DoctorErrorPage = ErrorPageInfo.extend({
  type: z.literal('doctor:error-page'),
  url: z.string().url().max(MAX_URL_CHARS),
});
export type DoctorErrorPage = z.infer<typeof DoctorErrorPage>;

/** After the panel obtained a host permission, so the recorder starts watching that origin now. */
export const DoctorWatchOrigin = z.object({ type: z.literal('doctor:watch-origin'), origin: z.string().max(2048) });

export const DoctorRequest = z.discriminatedUnion('type', [
  DoctorList,
  DoctorClear,
  DoctorTabs,
  DoctorStats,
  DoctorHarEntry,
  DoctorErrorPage,
  DoctorWatchOrigin,
]);
export type DoctorRequest = z.infer<typeof DoctorRequest>;

/** Background → extension pages, after every capture or merge. */
export const DoctorCaptured = z.object({
  type: z.literal('doctor:captured'),
  record: CapturedRecord,
  failures: z.number().int(),
});
export type DoctorCaptured = z.infer<typeof DoctorCaptured>;

export const DoctorListReply = z.object({ records: z.array(CapturedRecord) });
export const DoctorTabsReply = z.object({
  tabs: z.array(z.object({ tabId: z.number().int(), count: z.number().int(), failures: z.number().int() })),
});
export const DoctorStatsReply = z.object({
  records: z.number().int(),
  bytes: z.number().int(),
  cached: z.number().int(),
});
