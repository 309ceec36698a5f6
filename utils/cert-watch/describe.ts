import type { WatchAlert } from './state';

/** The alert in words and as a toolbar badge; the side panel, the badge and the notification all say the same. */

export interface AlertWords {
  title: string;
  detail: string;
  badge: string;
  /** Red when sign-ins fail now or within a week; amber before. */
  urgent: boolean;
}

const short = (t: string) =>
  t
    .replace(/[^0-9a-f]/gi, '')
    .toUpperCase()
    .slice(0, 8);

export function describeAlert(alert: WatchAlert): AlertWords {
  switch (alert.kind) {
    case 'mismatch':
      return {
        title: 'Entra signs with a certificate JustCall does not hold',
        detail: `Entra's active signing certificate is ${short(alert.active)}…, but JustCall holds ${short(alert.held)}…, so SSO sign-ins fail the signature check until JustCall has the active certificate.`,
        badge: '!',
        urgent: true,
      };
    case 'expired':
      return {
        title: "Entra's signing certificate has expired",
        detail: `The certificate ${short(alert.sha1)}… is past its expiry date: create a new one in Entra and rotate it.`,
        badge: '!',
        urgent: true,
      };
    case 'expiring': {
      const days = alert.days <= 0 ? 'today' : `in ${alert.days} day${alert.days === 1 ? '' : 's'}`;
      return {
        title: `Entra's signing certificate expires ${days}`,
        detail: `The certificate ${short(alert.sha1)}… expires within ${alert.within} days. Rotate it before then, so JustCall sign-ins keep working.`,
        badge: `${Math.max(0, alert.days)}d`,
        urgent: alert.within === 7,
      };
    }
  }
}
