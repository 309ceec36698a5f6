/**
 * The page's language decides which label variants can match. Entra is
 * localised; on a language the assistant has no labels for, it must say it
 * may not find fields rather than fail quietly.
 */

/**
 * The page languages whose labels the assistant ships: English in the feature
 * files, the others as packs (./i18n). The wiring test checks that every
 * Entra label has each language or is listed as matched in English only.
 */
export const SHIPPED_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'ko', 'zh'] as const;

export { detectPageLanguage, type PageLanguage } from '@/utils/i18n/page-language';

export function isShipped(lang: string): boolean {
  return (SHIPPED_LANGUAGES as readonly string[]).includes(lang);
}

export function isEnglish(lang: string): boolean {
  return lang === '' || lang === 'en';
}

export interface LanguageSupport {
  supported: boolean;
  /** Plain-words note for the admin when labels may not match. */
  note?: string;
}

/** Whether the assistant knows the portal's labels in `lang` (English always counts). */
export function languageSupport(lang: string): LanguageSupport {
  if (isEnglish(lang) || isShipped(lang)) return { supported: true };
  return {
    supported: false,
    note: `This page is in "${lang}", which the assistant has no field labels for; switch the portal's language to English (or one of ${SHIPPED_LANGUAGES.join(', ')}) if fields are not found.`,
  };
}
