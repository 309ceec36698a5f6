import { accessibleNameCandidates } from '@/utils/dom/accessible-name';
import { labelMatches } from '@/utils/dom/labels';
import { textOf } from '@/utils/dom/text';
import { type LabelVariants, pageLabel, variantsFor } from './labels';
import type { ObservedValue } from '@/utils/setup/session';
import type { Highlight } from './types';

/** Small helpers the features share when they read a page. */

/**
 * Reads shared by several parts of one feature (the claims plan feeds the
 * observation, the notes and the next click) are computed once per scan: the
 * controller runs each scan inside `withScanMemo`. Outside one (a fill, a
 * test) nothing is cached, so a changed page is always read afresh.
 */
let scanMemo: Map<string, unknown> | null = null;

export function withScanMemo<T>(run: () => T): T {
  const outer = scanMemo;
  scanMemo = new Map();
  try {
    return run();
  } finally {
    scanMemo = outer;
  }
}

export function memo<T>(key: string, compute: () => T): T {
  if (!scanMemo) return compute();
  if (scanMemo.has(key)) return scanMemo.get(key) as T;
  const value = compute();
  scanMemo.set(key, value);
  return value;
}

/** Observed values without the ones the page did not show. */
export function compact(o: Record<string, ObservedValue | undefined>): Record<string, ObservedValue> {
  const out: Record<string, ObservedValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * A highlight named as the page names it: the label variant the element
 * shows ("Speichern" on a German page), so the assistant's English sentence
 * quotes what the admin sees.
 */
export function shownAs(label: LabelVariants, el: Element | null): [string, Element | null] {
  if (!el) return [pageLabel(label), null];
  const names = accessibleNameCandidates(el);
  const variant = variantsFor(label).find((v) => names.some((n) => labelMatches(n, [v])));
  return [variant ?? pageLabel(label), el];
}

export function highlights(...items: [string, Element | null][]): Highlight[] {
  return items.filter((i): i is [string, Element] => i[1] !== null).map(([label, el]) => ({ label, el }));
}

/** The last status or alert message the page shows (a Test Connection result), or null. */
export function statusText(root: ParentNode): string | null {
  const el = Array.from(root.querySelectorAll('[role="status"], [role="alert"]'))
    .map((e) => textOf(e))
    .filter(Boolean);
  return el.at(-1) ?? null;
}
