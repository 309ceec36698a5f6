import { z } from 'zod/mini';
import { parseWith } from './parse';
import { GetReadiness } from './readiness';
import { DefaultRole, FeatureId, FieldResult, ObservedValue, SessionPortal, ValueKey } from '@/utils/setup/session';

/**
 * Setup-assistant runtime messages. Content scripts run beside pages that may
 * tamper with them, so everything is parsed and size-capped on receipt, and the
 * background also checks which page (or extension page) sent it.
 * zod/mini: the content scripts import these, within their size budget.
 */

const Url = z.string().check(z.maxLength(4096));

// ----- content script → background -----

export const SetupObserved = z.object({
  type: z.literal('setup:observed'),
  feature: FeatureId,
  url: Url,
  saved: z.boolean(),
  values: z.record(z.string().check(z.maxLength(64)), ObservedValue),
});
export type SetupObserved = z.infer<typeof SetupObserved>;

export const SetupFilled = z.object({
  type: z.literal('setup:filled'),
  feature: FeatureId,
  url: Url,
  results: z.array(FieldResult).check(z.maxLength(100)),
});
export type SetupFilled = z.infer<typeof SetupFilled>;

export const SetupGetPlan = z.object({ type: z.literal('setup:get-plan'), feature: FeatureId });
export type SetupGetPlan = z.infer<typeof SetupGetPlan>;

export const SetupLanguage = z.object({
  type: z.literal('setup:language'),
  portal: SessionPortal,
  lang: z.string().check(z.maxLength(35)),
  url: Url,
});

/** The "Certificate (Base64)" download, fetched by the content script from its own page. */
export const SetupCertDownload = z.object({
  type: z.literal('setup:cert-download'),
  text: z.string().check(z.maxLength(20_000)),
  url: Url,
});

/** The SCIM Secret Token, read from JustCall; kept in storage.session only. */
export const SetupScimToken = z.object({
  type: z.literal('setup:scim-token'),
  value: z.string().check(z.minLength(1), z.maxLength(4096)),
  url: Url,
});

// ----- extension pages (side panel) → background -----

export const SetupGetState = z.object({ type: z.literal('setup:get-state') });
export const SetupAckLockout = z.object({ type: z.literal('setup:ack-lockout'), value: z.boolean() });
export const SetupSettingsChange = z.object({
  type: z.literal('setup:settings'),
  defaultRole: z.optional(DefaultRole),
  clickSave: z.optional(z.boolean()),
});
export const SetupReset = z.object({ type: z.literal('setup:reset') });
export const SetupImportCert = z.object({
  type: z.literal('setup:import-cert'),
  text: z.string().check(z.maxLength(200_000)),
  name: z.string().check(z.maxLength(256)),
});
export const SetupRefreshMetadata = z.object({ type: z.literal('setup:refresh-metadata') });
/** The admin's answer, in the side panel, to a form asking for the SCIM Secret Token. */
export const SetupReleaseSecret = z.object({ type: z.literal('setup:release-secret') });
export const SetupDeclineSecret = z.object({ type: z.literal('setup:decline-secret') });
/** The admin's answer to a value a page showed that waits: use it, or keep what is carried. */
export const SetupSettleValue = z.object({ type: z.literal('setup:settle-value'), key: ValueKey, use: z.boolean() });

export const FROM_CONTENT = [
  'setup:observed',
  'setup:filled',
  'setup:get-plan',
  'setup:get-readiness',
  'setup:language',
  'setup:cert-download',
  'setup:scim-token',
] as const;

export const SetupMessage = z.discriminatedUnion('type', [
  SetupObserved,
  SetupFilled,
  SetupGetPlan,
  GetReadiness,
  SetupLanguage,
  SetupCertDownload,
  SetupScimToken,
  SetupGetState,
  SetupAckLockout,
  SetupSettingsChange,
  SetupReset,
  SetupImportCert,
  SetupRefreshMetadata,
  SetupReleaseSecret,
  SetupDeclineSecret,
  SetupSettleValue,
]);
export type SetupMessage = z.infer<typeof SetupMessage>;

export function parseSetupMessage(raw: unknown): SetupMessage | null {
  return parseWith(SetupMessage, raw);
}

// ----- replies -----

// What a content script may put into its page for one feature; in its own module so
// the content scripts parse plans without bundling every message schema above.
export { FillPlan } from './fill-plan';

export const SetupReply = z.object({ ok: z.boolean(), error: z.optional(z.string()) });
export type SetupReply = z.infer<typeof SetupReply>;
// The reply to `setup:observed`, in its own module for the same reason as FillPlan.
export { SetupObserveReply } from './observe-reply';
