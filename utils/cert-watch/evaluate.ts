import { sameThumbprint } from '@/utils/setup/wizard/compare';
import { daysLeft, expiryLevel } from './schedule';
import type { WatchAlert, WatchedCert } from './state';

/**
 * The alert for one check: a certificate JustCall does not hold comes first
 * (sign-ins fail now), then the expiry thresholds of the one Entra signs with.
 */
export function evaluateWatch(active: WatchedCert, held: string | null, now: Date): WatchAlert | null {
  if (held && !sameThumbprint(active.sha1, held)) return { kind: 'mismatch', active: active.sha1, held };
  const level = expiryLevel(active.notAfter, now);
  if (level.kind === 'expired') return { kind: 'expired', sha1: active.sha1 };
  if (level.kind === 'expiring')
    return { kind: 'expiring', within: level.within, days: daysLeft(active.notAfter, now) ?? 0, sha1: active.sha1 };
  return null;
}
