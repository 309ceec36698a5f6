import { z } from 'zod';
import type { CapturedRecord } from '@/utils/recorder/record';
import { JUSTCALL_DEFAULTS } from '@/utils/setup/profile';

/**
 * A test sign-in started from the wizard: the window it opened and when.
 * Kept in storage.session (it names tabs of this browser session only), so
 * the side panel can reload, and the service worker restart, without losing it.
 */
export const TEST_RUN_KEY = 'testSignIn.run.v1';

/** JustCall's SP-initiated login: the page a user starts from (the profile's sign-on URL). */
export const JUSTCALL_LOGIN_URL = JUSTCALL_DEFAULTS.signOnUrl;

export const TestRun = z.object({
  id: z.string().max(80),
  windowId: z.number().int(),
  /** Every tab seen in the window; a tab opened later (a pop-up) joins the run. */
  tabIds: z.array(z.number().int()).max(50),
  /** Epoch ms when the window was opened; earlier captures belong to something else. */
  startedAt: z.number(),
  incognito: z.boolean(),
});
export type TestRun = z.infer<typeof TestRun>;

/** webRequest timestamps and Date.now() share a clock, but allow a little for event ordering. */
const START_SLACK_MS = 1_000;

/** The recorder's records that belong to the run: its tabs, since it started, oldest first. */
export function runRecords(run: TestRun, records: readonly CapturedRecord[]): CapturedRecord[] {
  const tabs = new Set(run.tabIds);
  return records.filter((r) => tabs.has(r.tabId) && r.at >= run.startedAt - START_SLACK_MS).sort((a, b) => a.at - b.at);
}

/** The run's tab ids with the window's current tabs added (keeps order, no duplicates, capped). */
export function withTabs(run: TestRun, current: readonly number[]): TestRun {
  const all = [...run.tabIds];
  for (const id of current) if (!all.includes(id)) all.push(id);
  return { ...run, tabIds: all.slice(-50) };
}
