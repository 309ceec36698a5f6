import type { Assertion, SamlModel } from '@/utils/saml/types';
import type { CheckInput } from './types';

export function parseTime(iso: string | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** How two identifiers/URLs that should be equal differ, in words an admin can act on. */
export type Difference = 'equal' | 'trailing-slash' | 'case' | 'whitespace' | 'different';

export function compareExact(actual: string, expected: string): Difference {
  if (actual === expected) return 'equal';
  if (actual.trim() === expected.trim()) return 'whitespace';
  const strip = (s: string) => s.trim().replace(/\/+$/, '');
  if (strip(actual) === strip(expected)) return 'trailing-slash';
  if (actual.trim().toLowerCase() === expected.trim().toLowerCase()) return 'case';
  if (strip(actual).toLowerCase() === strip(expected).toLowerCase()) return 'trailing-slash';
  return 'different';
}

/** A sentence naming the difference, e.g. for "Issuer" vs "the expected Identifier". */
export function describeDifference(diff: Difference, actual: string, expected: string): string {
  switch (diff) {
    case 'trailing-slash': {
      const which = actual.trim().endsWith('/')
        ? 'has a trailing slash that the expected value lacks'
        : 'lacks the trailing slash that the expected value has';
      return `They differ only by a trailing "/": "${actual}" ${which} ("${expected}"). The comparison is exact, so the slash matters.`;
    }
    case 'case':
      return `They differ only in upper/lower case: "${actual}" vs "${expected}". The comparison is exact.`;
    case 'whitespace':
      return `They differ only by spaces at the start or end: "${actual}" vs "${expected}".`;
    case 'different':
      return `"${actual}" is not "${expected}".`;
    case 'equal':
      return `Both are "${actual}".`;
  }
}

/** The assertion identity is read from, and whether it can be trusted. */
export function identityAssertion(input: CheckInput): { assertion: Assertion; trusted: boolean } | null {
  if (input.trustedAssertion) return { assertion: input.trustedAssertion, trusted: true };
  const m = input.model;
  if (m?.kind === 'Response') {
    const first = m.assertions[0];
    return first ? { assertion: first, trusted: false } : null;
  }
  if (m?.kind === 'Assertion') return { assertion: m.assertion, trusted: false };
  return null;
}

/** Appended to a finding read from an assertion no valid signature covers (claims.untrusted-assertion explains at length). */
export function untrustedNote(input: CheckInput): string {
  const verdict = input.signature?.verdict ?? 'not checked';
  return ` (Read from an assertion that is NOT trusted: signature ${verdict}.)`;
}

export function humanDuration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return `${s} seconds`;
  const min = Math.round(s / 60);
  if (min < 90) return `${min} minutes`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} hours`;
  return `${Math.round(h / 24)} days`;
}

/** The IdP's messages (what Entra sends to JustCall). */
export function isIdpMessage(model: SamlModel | null): boolean {
  return model?.kind === 'Response' || model?.kind === 'Assertion';
}
