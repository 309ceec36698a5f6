import { learnedVariantsOf } from './learned-labels';

/**
 * Label texts are data: each label lists its English variants in its feature
 * file, and the page language's variants come from that language's pack
 * (./i18n), installed once when the page engine starts (./label-pack.ts). A
 * field is found by one of its label's variants (utils/dom/labels.ts decides
 * what "matches"); the page language's are tried before English, and a label
 * the pack leaves out is matched in English only.
 */

export type LabelVariants = { readonly en: readonly string[] } & Readonly<Partial<Record<string, readonly string[]>>>;

export type LabelTable<K extends string = string> = Readonly<Record<K, LabelVariants>>;

// The installed page language's variants, by label object (the features' label tables stay frozen data).
let installed = new WeakMap<LabelVariants, readonly string[]>();
let installedLang = '';

/** Give labels their variants in the page language (replacing any language installed before). */
export function installLabelVariants(lang: string, entries: Iterable<readonly [LabelVariants, readonly string[]]>): void {
  installed = new WeakMap();
  installedLang = lang;
  for (const [label, variants] of entries) if (variants.length > 0) installed.set(label, variants);
}

/** The language whose variants are installed ("" when only English is known). */
export function installedLanguage(): string {
  return installedLang;
}

function localVariants(label: LabelVariants, lang?: string): readonly string[] {
  const primary = lang ? lang.toLowerCase().split('-')[0] : undefined;
  const inline = primary && primary !== 'en' ? (label[primary] ?? []) : [];
  const pack = installed.get(label) ?? [];
  return inline.length === 0 ? pack : [...pack, ...inline.filter((v) => !pack.includes(v))];
}

/** Variants to try for a label: the page language's first (installed, or listed inline for `lang`), then English, then what the admin taught (./learned-labels.ts). */
export function variantsFor(label: LabelVariants, lang?: string): readonly string[] {
  return [...localVariants(label, lang), ...label.en, ...learnedVariantsOf(label)];
}

/** Every variant in every language known here, for cheap "might this page show it" checks. */
export function allVariants(label: LabelVariants): string[] {
  return [...(installed.get(label) ?? []), ...Object.values(label).flatMap((v) => (v ? [...v] : []))];
}

/** The label shown in reports: the first English variant. */
export function displayLabel(label: LabelVariants): string {
  return label.en[0] ?? '';
}

/**
 * The label in the page's words, for the assistant's English sentences that
 * quote the portal ("click Speichern"): the page language's first variant,
 * else English. ./page-helpers.ts `shownAs` prefers the very variant an element shows.
 */
export function pageLabel(label: LabelVariants): string {
  return localVariants(label)[0] ?? displayLabel(label);
}
