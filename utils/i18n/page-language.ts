/**
 * The page's language, as the portal sets it: `<html lang>`, else the locale
 * the Azure shell passes to its React views in their address (`?l=de-de`),
 * else the browser's. Dependency-free, so the small start-up content scripts
 * can send it with their engine request.
 */

export interface PageLanguage {
  /** Primary subtag, lower case ("en", "fr"); "" when unknown. */
  lang: string;
  /** Where it came from. */
  from: 'document' | 'locale' | 'navigator' | 'unknown';
}

// A language tag's shape (BCP 47, loosely): letters, digits and separators only.
const TAG = /^[a-z]{2,8}(?:[-_][a-z0-9]{1,8})*$/i;

export function primarySubtag(tag: string): string {
  const t = tag.trim();
  return TAG.test(t) ? (t.toLowerCase().split(/[-_]/)[0] ?? '') : '';
}

function localeParam(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).searchParams.get('l') ?? '';
  } catch {
    return '';
  }
}

export function detectPageLanguage(doc: Document, nav?: { language?: string }, url?: string): PageLanguage {
  const fromDoc = primarySubtag(doc.documentElement.getAttribute('lang') ?? '');
  if (fromDoc) return { lang: fromDoc, from: 'document' };
  const fromLocale = primarySubtag(localeParam(url ?? doc.defaultView?.location.href));
  if (fromLocale) return { lang: fromLocale, from: 'locale' };
  const navLang = primarySubtag((nav ?? (typeof navigator === 'undefined' ? undefined : navigator))?.language ?? '');
  if (navLang) return { lang: navLang, from: 'navigator' };
  return { lang: '', from: 'unknown' };
}
