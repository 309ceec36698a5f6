import type { FieldResult } from '@/utils/dom/field-result';
import type { FillPlan } from '@/utils/messages/fill-plan';
import type { FeatureKey, ObservedValue } from '@/utils/setup/session';
import type { FillOptions, PortalFeature } from '@/utils/portals/types';
import { textOf } from '@/utils/dom/text';

/**
 * How the assistant uses each page feature of the page engine (utils/portals):
 * what it reports to the background, what it fills from the plan, which
 * button to highlight, and what to tell the admin. The engine finds and
 * fills; the adapters (./entra-features, ./justcall-features, one list per
 * content script so neither bundles the other's) decide what the setup
 * session needs from it. This file holds their shape and shared helpers.
 */

export interface Observed {
  saved: boolean;
  values: Record<string, ObservedValue>;
}

export interface Highlight {
  /** What the admin should click, in words ("Save", "Test Connection"). */
  label: string;
  el: Element;
}

export interface FeatureAdapter {
  key: FeatureKey;
  /**
   * Words the page must show (as text or in an aria-label) before the
   * feature's detection runs: a cheap gate that keeps busy portals fast.
   */
  hints: readonly string[];
  /** Shown in the in-page control. */
  title: string;
  portal: 'entra' | 'justcall';
  detect(root: ParentNode): Element | null;
  observe(root: ParentNode): Observed | null;
  /** "Fill from JustCall" / "Fill from Entra"; absent on read-only features. */
  fillFrom?: 'JustCall' | 'Entra';
  /**
   * Fill from the plan. Fields in `keep` (conflicts the admin did not agree
   * to replace) are given the page's own value, so they stay as they are.
   */
  fill?(root: ParentNode, plan: FillPlan, opts: FillOptions, keep: ReadonlySet<string>): Promise<FieldResult[]>;
  /** The button(s) to point at once the fields are right: the admin clicks them. */
  commit?(root: ParentNode): Highlight[];
  /** Plain-words notes for the admin (warnings, reminders). */
  notes?(root: ParentNode): string[];
  /** Buttons that open what the admin must open next (a claim, Reveal), to highlight. */
  nextClick?(root: ParentNode): Highlight | null;
  /**
   * An element the page replaces when it re-renders from saved data; until
   * then what was filled is a draft. Defaults to the detected pane.
   */
  draftMarker?(root: ParentNode): Element | null;
  /**
   * Where the admin's own edits make the shown values a draft (changes, option
   * picks, toggle buttons) until the draft marker is replaced. Absent: only
   * the assistant's fills count.
   */
  draftScope?(root: ParentNode): Element | null;
  /** Whether Fill applies to what is shown now (an overview is read-only). Defaults to true. */
  canFill?(root: ParentNode): boolean;
}

/**
 * Reads shared by several hooks of one feature (the claims plan feeds notes and
 * the next click) are computed once per scan; the controller clears this
 * before each scan and each fill.
 */
const scanMemo = new Map<string, unknown>();
export function resetScanMemo(): void {
  scanMemo.clear();
}
export function memo<T>(key: string, compute: () => T): T {
  if (scanMemo.has(key)) return scanMemo.get(key) as T;
  const value = compute();
  scanMemo.set(key, value);
  return value;
}

export const compact = (o: Record<string, ObservedValue | undefined>): Record<string, ObservedValue> => {
  const out: Record<string, ObservedValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
};

export function highlights(...items: [string, Element | null][]): Highlight[] {
  return items.filter((i): i is [string, Element] => i[1] !== null).map(([label, el]) => ({ label, el }));
}

/** Run a feature's typed fill with values parsed by its own schema, turning bad values into results. */
export async function runFill<R, F>(
  feature: PortalFeature<R, F>,
  root: ParentNode,
  values: unknown,
  opts: FillOptions,
): Promise<FieldResult[]> {
  if (!feature.fill || !feature.fillSchema) return [];
  const parsed = feature.fillSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return [
      {
        field: String(issue?.path[0] ?? 'value'),
        label: String(issue?.path[0] ?? 'value'),
        status: 'failed',
        expected: '',
        problem: `The value is not ready: ${issue?.message ?? 'invalid'}.`,
      },
    ];
  }
  return feature.fill(root, parsed.data, opts);
}

/** The last status or alert message the page shows (a Test Connection result), or null. */
export function statusText(root: ParentNode): string | null {
  const el = Array.from(root.querySelectorAll('[role="status"], [role="alert"]'))
    .map((e) => textOf(e))
    .filter(Boolean);
  return el.at(-1) ?? null;
}
