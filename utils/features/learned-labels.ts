import type { LabelVariants } from './labels';
import type { PortalFeature } from './types';

/**
 * The label variants the admin taught on this machine (utils/storage/learned-labels.ts),
 * merged into the label data the features match with: a learned variant is
 * tried after the shipped ones, for the one field of the one feature it was
 * learned for, and only on a page in the language it was learned in.
 * Features hold their label objects directly, so the merge is keyed by the
 * label object itself rather than by copying the tables.
 */

export interface LearnedVariant {
  feature: string;
  field: string;
  label: string;
  lang: string;
}

let learned = new WeakMap<LabelVariants, readonly string[]>();

const primary = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

/** Replaces what the registry holds with `entries`, for a page in `pageLang` ('' when unknown). */
export function setLearnedLabels(features: readonly PortalFeature[], entries: readonly LearnedVariant[], pageLang: string): void {
  const next = new WeakMap<LabelVariants, string[]>();
  for (const entry of entries) {
    if (entry.lang && pageLang && primary(entry.lang) !== primary(pageLang)) continue;
    const label = features.find((f) => f.id === entry.feature)?.labels[entry.field];
    if (!label) continue;
    const list = next.get(label) ?? [];
    if (!list.includes(entry.label)) list.push(entry.label);
    next.set(label, list);
  }
  learned = next;
}

/** The learned variants of one label (none unless the admin taught some). */
export function learnedVariantsOf(label: LabelVariants): readonly string[] {
  return learned.get(label) ?? [];
}
