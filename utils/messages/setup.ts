import { z } from 'zod';
import { DefaultRole, FeatureKey, FieldResult, ObservedValue, SessionPortal } from '../setup/session';

/**
 * Setup-assistant runtime messages. Content scripts run beside pages that may
 * tamper with them, so everything is parsed and size-capped on receipt, and the
 * background also checks which page (or extension page) sent it.
 */

const Url = z.string().max(4096);

// ----- content script → background -----

export const SetupObserved = z.object({
  type: z.literal('setup:observed'),
  feature: FeatureKey,
  url: Url,
  saved: z.boolean(),
  values: z.record(z.string().max(64), ObservedValue),
});
export type SetupObserved = z.infer<typeof SetupObserved>;

export const SetupFilled = z.object({
  type: z.literal('setup:filled'),
  feature: FeatureKey,
  url: Url,
  results: z.array(FieldResult).max(100),
});
export type SetupFilled = z.infer<typeof SetupFilled>;

export const SetupGetPlan = z.object({ type: z.literal('setup:get-plan'), feature: FeatureKey });
export type SetupGetPlan = z.infer<typeof SetupGetPlan>;

export const SetupLanguage = z.object({
  type: z.literal('setup:language'),
  portal: SessionPortal,
  lang: z.string().max(35),
  url: Url,
});

/** The "Certificate (Base64)" download, fetched by the content script from its own page. */
export const SetupCertDownload = z.object({
  type: z.literal('setup:cert-download'),
  text: z.string().max(20_000),
  url: Url,
});

/** The SCIM Secret Token, read from JustCall; kept in storage.session only. */
export const SetupScimToken = z.object({
  type: z.literal('setup:scim-token'),
  value: z.string().min(1).max(4096),
  url: Url,
});

// ----- extension pages (side panel) → background -----

export const SetupGetState = z.object({ type: z.literal('setup:get-state') });
export const SetupAckLockout = z.object({ type: z.literal('setup:ack-lockout'), value: z.boolean() });
export const SetupSettingsChange = z.object({
  type: z.literal('setup:settings'),
  defaultRole: DefaultRole.optional(),
  clickSave: z.boolean().optional(),
});
export const SetupReset = z.object({ type: z.literal('setup:reset') });
export const SetupImportCert = z.object({ type: z.literal('setup:import-cert'), text: z.string().max(200_000), name: z.string().max(256) });
export const SetupRefreshMetadata = z.object({ type: z.literal('setup:refresh-metadata') });

export const FROM_CONTENT = ['setup:observed', 'setup:filled', 'setup:get-plan', 'setup:language', 'setup:cert-download', 'setup:scim-token'] as const;

export const SetupMessage = z.discriminatedUnion('type', [
  SetupObserved,
  SetupFilled,
  SetupGetPlan,
  SetupLanguage,
  SetupCertDownload,
  SetupScimToken,
  SetupGetState,
  SetupAckLockout,
  SetupSettingsChange,
  SetupReset,
  SetupImportCert,
  SetupRefreshMetadata,
]);
export type SetupMessage = z.infer<typeof SetupMessage>;

export function parseSetupMessage(raw: unknown): SetupMessage | null {
  const parsed = SetupMessage.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

// ----- replies -----

/** What a content script may put into its page for one feature. */
export const FillPlan = z.object({
  feature: FeatureKey,
  /** Values by the feature's field key (already validated by the background). */
  values: z.record(z.string().max(64), z.string().max(8192)),
  /** Sources, by field key, shown beside each value in the in-page control. */
  sources: z.record(z.string().max(64), z.string().max(512)),
  /** For JustCall's upload: PEM text and a file name. */
  certificate: z.object({ pem: z.string().max(16_384), fileName: z.string().max(128), thumbprint: z.string().max(64) }).nullable(),
  /** Only for Entra's provisioning pane; never stored in storage.local. */
  secretToken: z.string().max(4096).nullable(),
  clickSave: z.boolean(),
  /** Values the plan still lacks, as labels for the admin ("Login URL: open Entra's SAML page"). */
  missing: z.array(z.string().max(256)),
});
export type FillPlan = z.infer<typeof FillPlan>;

export const SetupReply = z.object({ ok: z.boolean(), error: z.string().optional() });
export type SetupReply = z.infer<typeof SetupReply>;
