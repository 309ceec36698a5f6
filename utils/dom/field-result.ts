import { z } from 'zod/mini';

/**
 * What happened to one field when the assistant filled a page (DESIGN
 * decision 2): the side panel shows these, and they travel in messages.
 */
export const FieldStatus = z.enum(['filled', 'already-right', 'conflict', 'not-found', 'failed']);
export type FieldStatus = z.infer<typeof FieldStatus>;

export const FieldResult = z.object({
  /** Stable id of the field within its feature, e.g. "identifier". */
  field: z.string(),
  /** The label text the field was looked for by (first English variant). */
  label: z.string(),
  status: FieldStatus,
  /** Value before filling ('' if empty; absent when not found). */
  before: z.optional(z.string()),
  /** Value read back after filling. */
  after: z.optional(z.string()),
  expected: z.string(),
  /** Why it failed, or what the conflict is, in plain words. */
  problem: z.optional(z.string()),
});
export type FieldResult = z.infer<typeof FieldResult>;

export interface FieldIdentity {
  field: string;
  label: string;
}

export function notFound(id: FieldIdentity, expected: string): FieldResult {
  return { ...id, status: 'not-found', expected, problem: `No field labelled "${id.label}" on this page.` };
}
