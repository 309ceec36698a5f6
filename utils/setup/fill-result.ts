import { z } from 'zod/mini';

/**
 * What a fill did to each field, as messaged to the background and stored in
 * the session: the same shape as utils/dom/field-result's FieldResult (what
 * the page engine returns), size-capped.
 */

const Text = z.string().check(z.maxLength(8192));
const ShortText = z.string().check(z.maxLength(512));

export const FieldStatus = z.enum(['filled', 'already-right', 'conflict', 'not-found', 'failed']);
export type FieldStatus = z.infer<typeof FieldStatus>;

export const FieldResult = z.object({
  field: z.string().check(z.maxLength(64)),
  label: ShortText,
  status: FieldStatus,
  /** Value before filling ('' if empty; absent when not found). Secrets arrive masked. */
  before: z.optional(Text),
  /** Value read back after filling. */
  after: z.optional(Text),
  expected: Text,
  problem: z.optional(ShortText),
});
export type FieldResult = z.infer<typeof FieldResult>;
