import { z } from 'zod/mini';
import { FeatureId } from '@/utils/setup/feature-id';

/**
 * The background's reply to `setup:get-plan`: what a content script may put
 * into its page for one feature. Parsed by the content script on receipt.
 */

export const FillPlan = z.object({
  feature: FeatureId,
  /** Values by the feature's field key (already validated by the background). */
  values: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(8192))),
  /** Sources, by field key, shown beside each value in the in-page control. */
  sources: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(512))),
  /** For JustCall's upload: PEM text and a file name. */
  certificate: z.nullable(
    z.object({
      pem: z.string().check(z.maxLength(16_384)),
      fileName: z.string().check(z.maxLength(128)),
      thumbprint: z.string().check(z.maxLength(64)),
    }),
  ),
  /** Only for Entra's provisioning pane; never stored in storage.local. */
  secretToken: z.nullable(z.string().check(z.maxLength(4096))),
  clickSave: z.boolean(),
  /**
   * Rows another frame of the same feature showed (the claims list, for a
   * Manage claim pane drawn in its own React view, which cannot see the list).
   */
  rowsSeen: z.optional(z.array(z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(2048)))).check(z.maxLength(200))),
  /** Values the plan still lacks, as labels for the admin ("Login URL: open Entra's SAML page"). */
  missing: z.array(z.string().check(z.maxLength(256))),
});
export type FillPlan = z.infer<typeof FillPlan>;
