import { CROSS_TENANT_CODES } from './cross-tenant-codes';
import { GENERAL_CODES } from './general-codes';
import { SCIM_CODES, SCIM_PREFIX } from './scim-codes';
import type { CodeKnowledge } from './types';

/** Every code we explain, general first. */
export const ALL_CODES: readonly CodeKnowledge[] = [...GENERAL_CODES, ...SCIM_CODES, ...CROSS_TENANT_CODES];

export interface CodeMatch {
  knowledge: CodeKnowledge;
  /** The code as the log gave it. */
  given: string;
  /** 'exact' (the code or an alias), or 'suffix' (a target prefix was stripped). */
  matchedBy: 'exact' | 'suffix';
  /** The stripped prefix ("Contoso", "SystemForCrossDomainIdentityManagement"), for suffix matches. */
  prefix: string | null;
}

function fold(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

const EXACT = new Map<string, CodeKnowledge>();
for (const k of ALL_CODES) for (const name of [k.code, ...k.aliases]) if (!EXACT.has(fold(name))) EXACT.set(fold(name), k);

// Longest suffix first, so "ContosoInternalServerError" is InternalServerError and never a shorter neighbour.
const SUFFIXES = ALL_CODES.filter((k): k is CodeKnowledge & { suffix: string } => k.suffix !== null)
  .map((k) => ({ folded: fold(k.suffix), knowledge: k }))
  .sort((a, b) => b.folded.length - a.folded.length);

const cache = new Map<string, CodeMatch | null>();

/**
 * Explains an error or skip code. Codes are matched case-insensitively and
 * without spaces; a code that carries a target prefix ("ContosoEntryConflict",
 * "SystemForCrossDomainIdentityManagementBadRequest") matches by its suffix.
 */
export function lookupCode(code: string | null | undefined): CodeMatch | null {
  if (!code) return null;
  const given = code.trim().slice(0, 200);
  if (given === '') return null;
  const cached = cache.get(given);
  if (cached !== undefined) return cached;
  const f = fold(given);
  let match: CodeMatch | null = null;
  const exact = EXACT.get(f);
  if (exact) match = { knowledge: exact, given, matchedBy: 'exact', prefix: null };
  else {
    for (const s of SUFFIXES) {
      // A real prefix: something before the suffix, itself starting with a letter.
      if (f.length > s.folded.length && f.endsWith(s.folded) && /^[a-z]/.test(f)) {
        const prefix = given.replace(/\s+/g, '').slice(0, f.length - s.folded.length);
        match = { knowledge: s.knowledge, given, matchedBy: 'suffix', prefix };
        break;
      }
    }
  }
  if (cache.size < 10_000) cache.set(given, match);
  return match;
}

/** Whether a code carries the SCIM target prefix. */
export function isScimCode(code: string | null | undefined): boolean {
  return !!code && code.trim().toLowerCase().startsWith(SCIM_PREFIX.toLowerCase());
}
