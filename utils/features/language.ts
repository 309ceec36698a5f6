import type { LabelTable } from './labels';

/**
 * The page's language decides which label variants can match. Entra is
 * localised; our label data is English (plus what has been added per
 * language), so on another language the assistant must say it may not find
 * fields rather than fail quietly.
 */

/** The page languages whose labels every feature ships (a test checks each label has them). */
export const SHIPPED_LANGUAGES = ['en'] as const;

export interface PageLanguage {
  /** Primary subtag, lower case ("en", "fr"); "" when unknown. */
  lang: string;
  /** Where it came from. */
  from: 'document' | 'navigator' | 'unknown';
}

export function detectPageLanguage(doc: Document, nav?: { language?: string }): PageLanguage {
  const fromDoc = doc.documentElement.getAttribute('lang')?.trim();
  if (fromDoc) return { lang: primarySubtag(fromDoc), from: 'document' };
  const navLang = (nav ?? (typeof navigator === 'undefined' ? undefined : navigator))?.language?.trim();
  if (navLang) return { lang: primarySubtag(navLang), from: 'navigator' };
  return { lang: '', from: 'unknown' };
}

function primarySubtag(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function isEnglish(lang: string): boolean {
  return lang === '' || lang === 'en';
}

export interface LanguageSupport {
  supported: boolean;
  /** Plain-words note for the admin when labels may not match. */
  note?: string;
}

/** Whether every label of a feature has variants in `lang` (English always counts). */
export function labelSupport(labels: LabelTable, lang: string): LanguageSupport {
  if (isEnglish(lang)) return { supported: true };
  const missing = Object.entries(labels).filter(([, v]) => !v[lang]?.length);
  if (missing.length === 0) return { supported: true };
  return {
    supported: false,
    note: `This page is in "${lang}", but the assistant knows the field labels in English only; switch the portal's language to English if fields are not found.`,
  };
}
