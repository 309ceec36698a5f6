import { browser } from 'wxt/browser';
import { DoctorCaptured, DoctorListReply, DoctorTabsReply } from '@/utils/messages/doctor';
import type { CapturedRecord } from '@/utils/recorder/record';
import { acsOrigin } from '@/utils/recorder/filters';
import { SETUP_SESSION_KEY } from '@/utils/setup/session';
import { EXPECTED_KEY, ExpectedValues, EMPTY_EXPECTED } from '@/utils/doctor/expected';
import type { StepId } from '@/utils/setup/steps';

/**
 * Everything the panel needs from the browser, in one place: whether it runs
 * inside DevTools or as a tab, the recorder's captures, storage, permissions
 * and the side panel. Each call tolerates a missing API (the standalone tab
 * has no chrome.devtools; some APIs are absent in DevTools pages).
 */

export function inDevtools(): boolean {
  return typeof chrome !== 'undefined' && typeof chrome.devtools?.inspectedWindow?.tabId === 'number';
}

export function inspectedTabId(): number | null {
  return inDevtools() ? chrome.devtools.inspectedWindow.tabId : null;
}

/** 'dark' or 'light' when DevTools says so; null to follow prefers-color-scheme. */
export function devtoolsTheme(): 'dark' | 'light' | null {
  if (!inDevtools()) return null;
  const name = chrome.devtools.panels?.themeName;
  return name === 'dark' ? 'dark' : name ? 'light' : null;
}

export async function listRecords(tabId: number | null): Promise<CapturedRecord[]> {
  const reply = DoctorListReply.safeParse(await browser.runtime.sendMessage({ type: 'doctor:list', tabId }).catch(() => null));
  return reply.success ? reply.data.records : [];
}

export async function clearRecords(tabId: number | null): Promise<void> {
  await browser.runtime.sendMessage({ type: 'doctor:clear', tabId }).catch(() => undefined);
}

export async function capturedTabs(): Promise<Array<{ tabId: number; count: number; failures: number }>> {
  const reply = DoctorTabsReply.safeParse(await browser.runtime.sendMessage({ type: 'doctor:tabs' }).catch(() => null));
  return reply.success ? reply.data.tabs : [];
}

/** Calls back for every capture the background broadcasts; returns the unsubscribe function. */
export function onCaptured(fn: (message: DoctorCaptured) => void): () => void {
  const listener = (raw: unknown) => {
    const parsed = DoctorCaptured.safeParse(raw);
    if (parsed.success) fn(parsed.data);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export async function readSetupSession(): Promise<unknown> {
  const got = await browser.storage.local.get(SETUP_SESSION_KEY).catch(() => ({}) as Record<string, unknown>);
  return (got as Record<string, unknown>)[SETUP_SESSION_KEY];
}

/** Calls back when the setup session or the typed-in expected values change (in another panel, tab or the wizard). */
export function onExpectedSourcesChange(fn: (which: 'session' | 'typed') => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (SETUP_SESSION_KEY in changes) fn('session');
    if (EXPECTED_KEY in changes) fn('typed');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Typed-in expected values are not personal data (URLs, ids, public certificates), so they persist in storage.local. */
export async function readTypedExpected(): Promise<ExpectedValues> {
  const got = (await browser.storage.local.get(EXPECTED_KEY).catch(() => ({}))) as Record<string, unknown>;
  const parsed = ExpectedValues.safeParse(got[EXPECTED_KEY]);
  return parsed.success ? parsed.data : EMPTY_EXPECTED;
}

export async function saveTypedExpected(values: ExpectedValues): Promise<void> {
  await browser.storage.local.set({ [EXPECTED_KEY]: values }).catch(() => undefined);
}

export type GrantResult = { ok: true; pattern: string } | { ok: false; error: string };

/** Asks Chrome for one more host, one exact https origin and never a wildcard (must run in a click handler), then tells the recorder. */
export async function requestAcsOrigin(input: string): Promise<GrantResult> {
  const origin = acsOrigin(input);
  if (!origin.ok) return origin;
  const { pattern } = origin;
  if (typeof chrome === 'undefined' || !chrome.permissions?.request) {
    return { ok: false, error: 'This page cannot ask for permissions here; open the doctor as a tab and try again.' };
  }
  try {
    const granted = await chrome.permissions.request({ origins: [pattern] });
    if (!granted) return { ok: false, error: 'Permission was not granted.' };
    await browser.runtime.sendMessage({ type: 'doctor:watch-origin', origin: pattern }).catch(() => undefined);
    return { ok: true, pattern };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function setupStepUrl(step: StepId): string {
  return browser.runtime.getURL(`/sidepanel.html#step=${step}`);
}

/** Opens the setup assistant at a step: in the side panel when Chrome allows it here, else in a tab. */
export async function openSetupStep(step: StepId): Promise<void> {
  const url = setupStepUrl(step);
  const path = `sidepanel.html#step=${step}`;
  try {
    const tabId = inspectedTabId();
    if (chrome.sidePanel?.open && chrome.tabs?.get) {
      const tab = tabId !== null ? await chrome.tabs.get(tabId) : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
      if (tab?.windowId !== undefined) {
        await chrome.sidePanel.setOptions({ path, enabled: true });
        await chrome.sidePanel.open({ windowId: tab.windowId });
        return;
      }
    }
  } catch {
    // Fall through to a tab: side panels need a user gesture Chrome may not credit to DevTools.
  }
  if (chrome.tabs?.create) await chrome.tabs.create({ url });
  else window.open(url, '_blank', 'noopener');
}

/** Copies text; falls back to a hidden textarea where the async clipboard is not allowed (DevTools). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    document.body.append(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
}

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
