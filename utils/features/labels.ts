import { learnedVariantsOf } from './learned-labels';

/**
 * Label texts are data: each label lists its variants per page language, and
 * English is always present. A field is found by one of its label's variants
 * (utils/dom/labels.ts decides what "matches"); the page's language is tried
 * before English.
 */

export type LabelVariants = { readonly en: readonly string[] } & Readonly<Partial<Record<string, readonly string[]>>>;

export type LabelTable<K extends string = string> = Readonly<Record<K, LabelVariants>>;

/** Variants to try for a label: the page language's first, then English, then what the admin taught (./learned-labels.ts). */
export function variantsFor(label: LabelVariants, lang?: string): readonly string[] {
  const primary = lang ? lang.toLowerCase().split('-')[0] : undefined;
  const local = primary && primary !== 'en' ? (label[primary] ?? []) : [];
  return [...local, ...label.en, ...learnedVariantsOf(label)];
}

/** Every variant in every language, for cheap "might this page show it" checks. */
export function allVariants(label: LabelVariants): string[] {
  return Object.values(label).flatMap((v) => (v ? [...v] : []));
}

/** The label shown in reports: the first English variant. */
export function displayLabel(label: LabelVariants): string {
  return label.en[0] ?? '';
}
