/**
 * When the certificate watch warns: 60, 30 and 7 days before the signing
 * certificate expires, and once it has. Pure, so the thresholds are unit-tested.
 */

export const WARN_DAYS = [60, 30, 7] as const;
export type WarnDays = (typeof WARN_DAYS)[number];

const DAY_MS = 86_400_000;

export type ExpiryLevel = { kind: 'ok' } | { kind: 'expiring'; within: WarnDays } | { kind: 'expired' };

/** Days left until `notAfter`, counting a part day as a day (19 days and 23 hours is "20 days"), or null for an unreadable date. */
export function daysLeft(notAfter: string, now: Date): number | null {
  const end = Date.parse(notAfter);
  if (Number.isNaN(end)) return null;
  return Math.ceil((end - now.getTime()) / DAY_MS);
}

/** The tightest threshold the certificate is within: 7 before 30 before 60. */
export function expiryLevel(notAfter: string, now: Date): ExpiryLevel {
  const end = Date.parse(notAfter);
  if (Number.isNaN(end)) return { kind: 'ok' };
  if (end <= now.getTime()) return { kind: 'expired' };
  const left = (end - now.getTime()) / DAY_MS;
  const within = [...WARN_DAYS].reverse().find((d) => left <= d);
  return within === undefined ? { kind: 'ok' } : { kind: 'expiring', within };
}
