import { z } from 'zod/mini';
import { PORTALS } from '@/utils/hosts';
import { FieldResult } from '@/utils/dom/field-result';
import { FeatureId } from './feature-id';
import { ValueKey } from './value-keys';

// In their own modules so content scripts import them without the whole session schema.
export { SETUP_SESSION_KEY, SCIM_TOKEN_KEY } from './storage-keys';
export { FeatureId, featurePortal } from './feature-id';
export { FieldStatus, FieldResult } from '@/utils/dom/field-result';
export { ValueKey } from './value-keys';

/**
 * The setup session: everything the assistant has read from the two portals,
 * where and when it read it, the admin's settings and the change log.
 *
 * Storage (read by the login doctor for its expected values):
 *   storage.local   key `setupSession.v1`  → SetupSession (below). No secrets.
 *   storage.session key `setupScimToken`   → { value, readAt, url } the SCIM
 *                   Secret Token only; removed once it was filled into Entra.
 *
 * Shape of SetupSession (zod is the source of truth):
 *   values.{entityId, acsUrl, signOnUrl, loginUrl, entraIdentifier, logoutUrl,
 *           metadataUrl, appName, appId, objectId, tenantId, scimTenantUrl}
 *       → { value, source: {kind:'page',portal,url,feature,at} | {kind:'default',note}
 *                          | {kind:'metadata',url,at} | {kind:'file',name,at} }
 *   certificate → { der (base64), sha1 thumbprint, sha256, notBefore, notAfter, subject, source } | null
 *       (the signing certificate JustCall should trust = Entra's active one)
 *   observations[featureId] → what a content script last SAW on a page
 *       { url, at, saved, values } (saved = read from the saved view, not an edit form)
 *   fills[featureId] → the last per-field fill results (filled/already-right/conflict/not-found)
 *   metadata → last federation-metadata fetch (login URL, identifier, certificates, error)
 *   languages[portal] → the portal's page language when it is not English
 *   settings → { defaultRole, clickSave }; lockoutAcknowledged; changelog[]
 *
 * Expected values for the doctor: entityId/acsUrl (JustCall's SP), loginUrl and
 * entraIdentifier (Entra's IdP), certificate.sha1 (signing certificate), and
 * REQUIRED_CLAIMS in ./profile.
 */

// zod/mini (the functional API of the same zod), like the parts above that the
// content scripts import: classic zod alone would exceed their size budget.
const Text = z.string().check(z.maxLength(8192));
const Iso = z.string().check(z.maxLength(64));
const ShortText = z.string().check(z.maxLength(512));

export const SessionPortal = z.enum(PORTALS);
export type SessionPortal = z.infer<typeof SessionPortal>;

export const ValueSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), portal: SessionPortal, url: Text, feature: ShortText, at: Iso }),
  z.object({ kind: z.literal('default'), note: ShortText }),
  z.object({ kind: z.literal('metadata'), url: Text, at: Iso }),
  z.object({ kind: z.literal('file'), name: ShortText, at: Iso }),
]);
export type ValueSource = z.infer<typeof ValueSource>;

export const CarriedValue = z.object({ value: Text, source: ValueSource });
export type CarriedValue = z.infer<typeof CarriedValue>;

export const CertificateRecord = z.object({
  der: z.string().check(z.maxLength(16384)),
  sha1: z.string().check(z.maxLength(64)),
  sha256: z.string().check(z.maxLength(128)),
  notBefore: Iso,
  notAfter: Iso,
  subject: ShortText,
  source: ValueSource,
});
export type CertificateRecord = z.infer<typeof CertificateRecord>;

/** A value read from a page: text, a flag, a count, a list, or rows (claims). */
export const ObservedValue = z.union([
  z.string().check(z.maxLength(8192)),
  z.boolean(),
  z.number(),
  z.null(),
  z.array(z.string().check(z.maxLength(2048))).check(z.maxLength(500)),
  z.array(z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(2048)))).check(z.maxLength(200)),
]);
export type ObservedValue = z.infer<typeof ObservedValue>;

export const Observation = z.object({
  url: Text,
  at: Iso,
  /** True when read from the saved view (after Save), false from an open edit form. */
  saved: z.boolean(),
  values: z.record(z.string().check(z.maxLength(64)), ObservedValue),
});
export type Observation = z.infer<typeof Observation>;

export const FillReport = z.object({ url: Text, at: Iso, results: z.array(FieldResult).check(z.maxLength(100)) });
export type FillReport = z.infer<typeof FillReport>;

export const ChangeEntry = z.object({
  at: Iso,
  portal: SessionPortal,
  feature: ShortText,
  field: ShortText,
  old: Text,
  new: Text,
  url: Text,
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const MetadataCheck = z.object({
  url: Text,
  at: Iso,
  ok: z.boolean(),
  error: z.optional(ShortText),
  loginUrl: z.optional(Text),
  identifier: z.optional(Text),
  /** SHA-1 thumbprints (upper hex) of every signing certificate, in document order. */
  thumbprints: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(10)),
});
export type MetadataCheck = z.infer<typeof MetadataCheck>;

export const DefaultRole = z.enum(['Agent', 'Supervisor', 'Admin']);
export type DefaultRole = z.infer<typeof DefaultRole>;

export const SetupSettings = z.object({
  defaultRole: DefaultRole,
  /** Off by default: the assistant only highlights Save (docs/ARCHITECTURE.md, decision 3). */
  clickSave: z.boolean(),
});
export type SetupSettings = z.infer<typeof SetupSettings>;

export const PageLanguage = z.object({ lang: z.string().check(z.maxLength(35)), english: z.boolean(), at: Iso, url: Text });
export type PageLanguage = z.infer<typeof PageLanguage>;

export const MAX_CHANGES = 500;

/**
 * A value a page showed that is not used until the admin agrees: a different
 * value than the one already carried, or one on a host its portal does not
 * use (an ACS URL that is not on *.justcall.io).
 */
export const PendingValue = z.object({
  value: Text,
  source: ValueSource,
  reason: z.enum(['changed', 'unusual-host']),
  /** In words, for the side panel. */
  note: ShortText,
});
export type PendingValue = z.infer<typeof PendingValue>;

export const SetupSession = z.object({
  version: z.literal(1),
  startedAt: Iso,
  updatedAt: Iso,
  settings: SetupSettings,
  lockoutAcknowledged: z.boolean(),
  values: z.partialRecord(ValueKey, CarriedValue),
  certificate: z.nullable(CertificateRecord),
  observations: z.partialRecord(FeatureId, Observation),
  fills: z.partialRecord(FeatureId, FillReport),
  metadata: z.nullable(MetadataCheck),
  languages: z.partialRecord(SessionPortal, PageLanguage),
  changelog: z.array(ChangeEntry).check(z.maxLength(MAX_CHANGES)),
  pending: z._default(z.partialRecord(ValueKey, PendingValue), {}),
});
export type SetupSession = z.infer<typeof SetupSession>;

export const DEFAULT_SETTINGS: SetupSettings = { defaultRole: 'Agent', clickSave: false };

export function emptySession(now: Date): SetupSession {
  const at = now.toISOString();
  return {
    version: 1,
    startedAt: at,
    updatedAt: at,
    settings: { ...DEFAULT_SETTINGS },
    lockoutAcknowledged: false,
    values: {},
    certificate: null,
    observations: {},
    fills: {},
    metadata: null,
    languages: {},
    changelog: [],
    pending: {},
  };
}

/** A stored session, or a fresh one when nothing (or something unreadable) is stored. */
export function parseSession(raw: unknown, now: Date): SetupSession {
  const parsed = SetupSession.safeParse(raw);
  return parsed.success ? parsed.data : emptySession(now);
}

export const ScimToken = z.object({ value: z.string().check(z.minLength(1), z.maxLength(4096)), readAt: Iso, url: Text });
export type ScimToken = z.infer<typeof ScimToken>;
