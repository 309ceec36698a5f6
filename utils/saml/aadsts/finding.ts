import type { Finding } from '@/utils/saml/types';
import type { AadstsExplanation } from './lookup';

/**
 * The finding that reports an AADSTS code, built in one place for the status
 * check (a code in a SAML StatusMessage) and for Entra's error pages; the
 * doctor's headline reads the code back from its id.
 */

/** What to do when nothing better is known: the Request Id names the sign-in in Entra's logs. */
export const SIGN_IN_LOG_FIX = 'Look up the Request Id in Entra’s sign-in logs.';

export function aadstsFindingId(code: number | null): string {
  return code !== null ? `aadsts.${code}` : 'aadsts.unknown';
}

/** The code an AADSTS finding reports, or null for any other finding. */
export function aadstsCodeOf(findingId: string): number | null {
  const m = /^aadsts\.(\d+)$/.exec(findingId);
  return m?.[1] ? Number(m[1]) : null;
}

export function isAadstsFinding(finding: Pick<Finding, 'id'>): boolean {
  return finding.id.startsWith('aadsts.');
}

/** An error finding from an explained code; the detail is the explanation unless the caller has more to say. */
export function aadstsFinding(ex: AadstsExplanation, detail: string = ex.explanation): Finding {
  return { id: aadstsFindingId(ex.code), severity: 'error', title: `${ex.label}: ${ex.title}`, detail, fix: ex.fix, step: ex.step };
}
