import type { CapturedRecord } from '@/utils/recorder/record';
import type { TestSignInRequest, TestSignInStartReply, TestSignInStatusReply } from '@/utils/messages/test-sign-in';
import { parseWith } from '@/utils/messages/parse';
import { JUSTCALL_LOGIN_URL, TEST_RUN_KEY, TestRun, runRecords, withTabs } from './run';

/** The browser as the test sign-in needs it; the background passes chrome's APIs, tests pass fakes. */
export interface TestSignInDeps {
  isAllowedIncognito(): Promise<boolean>;
  /** Opens a normal window on the URL; resolves with its id and first tab's id. */
  openWindow(url: string, incognito: boolean): Promise<{ windowId: number; tabIds: number[] }>;
  /** The tab ids of an open window, or null once it is closed. */
  windowTabs(windowId: number): Promise<number[] | null>;
  /** The recorder's records of one tab (the recorder keeps them in storage.session). */
  listRecords(tabId: number): Promise<CapturedRecord[]>;
  readRun(): Promise<unknown>;
  writeRun(run: TestRun): Promise<void>;
  now(): number;
  newId(): string;
}

const INCOGNITO_HELP =
  'The extension may not run in Incognito / InPrivate windows yet. Allow it on the extension’s Details page (chrome://extensions or edge://extensions): “Allow in Incognito” / “Allow in InPrivate”.';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function startRun(deps: TestSignInDeps, incognito: boolean): Promise<TestSignInStartReply> {
  if (incognito && !(await deps.isAllowedIncognito().catch(() => false))) return { ok: false, error: INCOGNITO_HELP };
  try {
    const { windowId, tabIds } = await deps.openWindow(JUSTCALL_LOGIN_URL, incognito);
    const run: TestRun = { id: deps.newId(), windowId, tabIds, startedAt: deps.now(), incognito };
    await deps.writeRun(run);
    return { ok: true, run };
  } catch (e) {
    return { ok: false, error: `Could not open the sign-in window: ${message(e)}` };
  }
}

export async function runStatus(deps: TestSignInDeps): Promise<TestSignInStatusReply> {
  const stored = parseWith(TestRun, await deps.readRun());
  if (!stored) return { run: null, windowOpen: false, records: [] };
  const current = await deps.windowTabs(stored.windowId).catch(() => null);
  let run = stored;
  if (current) {
    run = withTabs(stored, current);
    if (run.tabIds.length !== stored.tabIds.length) await deps.writeRun(run);
  }
  const perTab = await Promise.all(run.tabIds.map((id) => deps.listRecords(id).catch(() => [])));
  return { run, windowOpen: current !== null, records: runRecords(run, perTab.flat()) };
}

export function handleTestSignIn(deps: TestSignInDeps, message: TestSignInRequest): Promise<TestSignInStartReply | TestSignInStatusReply> {
  switch (message.type) {
    case 'test-sign-in:start':
      return startRun(deps, message.incognito);
    case 'test-sign-in:status':
      return runStatus(deps);
  }
}

export { TEST_RUN_KEY };
