import { z } from 'zod/mini';

/**
 * What happened to one field when the assistant filled a page: the page
 * engine returns these, the in-page control and the side panel show them, and
 * they travel in messages and are stored in the setup session (size-capped).
 */
export const FieldStatus = z.enum(['filled', 'already-right', 'conflict', 'not-found', 'failed']);
export type FieldStatus = z.infer<typeof FieldStatus>;

const Text = z.string().check(z.maxLength(8192));
const ShortText = z.string().check(z.maxLength(512));

export const FieldResult = z.object({
  /** Stable id of the field within its feature, e.g. "identifier". */
  field: z.string().check(z.maxLength(64)),
  /** The label text the field was looked for by (first English variant). */
  label: ShortText,
  status: FieldStatus,
  /** Value before filling ('' if empty; absent when not found). Secrets are masked. */
  before: z.optional(Text),
  /** Value read back after filling. */
  after: z.optional(Text),
  expected: Text,
  /** Why it failed, or what the conflict is, in plain words. */
  problem: z.optional(ShortText),
});
export type FieldResult = z.infer<typeof FieldResult>;

export interface FieldIdentity {
  field: string;
  label: string;
}

export function notFound(id: FieldIdentity, expected: string): FieldResult {
  return { ...id, status: 'not-found', expected, problem: `No field labelled "${id.label}" on this page.` };
}
