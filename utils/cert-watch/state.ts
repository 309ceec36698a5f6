import { z } from 'zod';

/**
 * What the certificate watch keeps, in storage.local under its own key: the
 * last check, the certificate Entra signs with (public: it is in the metadata
 * anyone may fetch), the alert it raised, which alerts were already notified,
 * and a certificate rotation in progress. No secret is kept here.
 */

export const CERT_WATCH_KEY = 'certWatch.v1';

const Iso = z.string().max(64);
const Thumb = z.string().max(64);

export const WatchedCert = z.object({
  sha1: Thumb,
  notAfter: Iso,
  subject: z.string().max(512),
});
export type WatchedCert = z.infer<typeof WatchedCert>;

/** A rotation's new certificate, as the admin handed it over from Entra (public, as above). */
export const RotationCert = WatchedCert.extend({
  der: z.string().max(16384),
  sha256: z.string().max(128),
  notBefore: Iso,
  fileName: z.string().max(256),
});
export type RotationCert = z.infer<typeof RotationCert>;

export const WatchAlert = z.discriminatedUnion('kind', [
  /** Entra signs with a certificate JustCall does not hold: sign-ins fail now. */
  z.object({ kind: z.literal('mismatch'), active: Thumb, held: Thumb }),
  z.object({
    kind: z.literal('expiring'),
    within: z.union([z.literal(60), z.literal(30), z.literal(7)]),
    days: z.number().int(),
    sha1: Thumb,
  }),
  z.object({ kind: z.literal('expired'), sha1: Thumb }),
]);
export type WatchAlert = z.infer<typeof WatchAlert>;

export const WatchState = z.object({
  lastCheck: z.nullable(z.object({ at: Iso, ok: z.boolean(), error: z.optional(z.string().max(512)) })),
  /** The certificate the metadata names first: the one Entra signs with. */
  active: z.nullable(WatchedCert),
  /** The thumbprint JustCall's SSO page last showed as uploaded, or null when not known. */
  held: z.nullable(Thumb),
  alert: z.nullable(WatchAlert),
  /** Keys of alerts already shown as a system notification, so each is notified once. */
  notified: z.array(z.string().max(200)).max(50),
  rotation: z.nullable(z.object({ startedAt: Iso, cert: RotationCert })),
});
export type WatchState = z.infer<typeof WatchState>;

export const EMPTY_WATCH: WatchState = { lastCheck: null, active: null, held: null, alert: null, notified: [], rotation: null };

export function parseWatch(raw: unknown): WatchState {
  const parsed = WatchState.safeParse(raw);
  return parsed.success ? parsed.data : structuredClone(EMPTY_WATCH);
}

/** One key per alert and certificate: a new threshold or another certificate notifies again. */
export function alertKey(alert: WatchAlert): string {
  switch (alert.kind) {
    case 'mismatch':
      return `mismatch:${alert.active}:${alert.held}`;
    case 'expiring':
      return `expiring:${alert.within}:${alert.sha1}`;
    case 'expired':
      return `expired:${alert.sha1}`;
  }
}
