/**
 * Label normalisation and exact matching (docs/ARCHITECTURE.md, decision 1).
 *
 * Portals change case, spacing and decorations ("Name *", "Relay State (Optional)")
 * between pages and releases, so those are folded away. Everything else must
 * match exactly: "Entity ID" is not "Issuer / Entity ID". Matching a substring
 * would fill the wrong field, which is worse than not finding one.
 */

// Zero-width and direction marks that portals sprinkle into localisable strings.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]/g;
// "(Optional)" as the portals print it in the languages the assistant reads (after NFKC and case folding).
export const OPTIONAL_WORDS: readonly string[] = [
  'optional',
  'facultatif',
  'opcional',
  'facoltativo',
  'optioneel',
  '省略可能',
  'オプション',
  '선택 사항',
  '可选',
];
// Decorations around a label's words: a required mark, a colon ("Tenant URL:"), "(Optional)".
const TRAILING_DECORATION = new RegExp(`\\s*(?:\\*|:|\\(\\s*(?:${OPTIONAL_WORDS.join('|')})\\s*\\))\\s*$`, 'u');
const LEADING_DECORATION = /^\s*\*\s*/;

export function normaliseLabel(text: string): string {
  let out = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // Repeated because "Name (Optional) *" carries several decorations.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(TRAILING_DECORATION, '').replace(LEADING_DECORATION, '').trim();
  }
  return out;
}

/** A placeholder in a variant that stands for the application's display name. */
export const APP_NAME_PLACEHOLDER = '{app}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `text` equals one of the variants after normalisation.
 * A variant may hold `{app}`, which matches any non-empty run (used for
 * "Set up {app}", whose app name the admin chose). The match stays anchored.
 */
export function labelMatches(text: string, variants: readonly string[]): boolean {
  const norm = normaliseLabel(text);
  if (norm === '') return false;
  return variants.some((variant) => {
    const v = normaliseLabel(variant);
    if (!v.includes(APP_NAME_PLACEHOLDER)) return v === norm;
    const pattern = v.split(APP_NAME_PLACEHOLDER).map(escapeRegExp).join('.+');
    return new RegExp(`^${pattern}$`).test(norm);
  });
}
