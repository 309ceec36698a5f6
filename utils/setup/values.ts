import { z } from 'zod';

/**
 * A setup value with where it came from (DESIGN decision 4): read from a
 * page, a documented default, federation metadata, or typed by the admin.
 * It is validated before use; `problem` says why it is not valid.
 */

export const ValueSourceKind = z.enum(['page', 'default', 'metadata', 'user']);
export type ValueSourceKind = z.infer<typeof ValueSourceKind>;

export const ValueSource = z.object({
  kind: ValueSourceKind,
  /** The page (URL or feature id) it was read from, when kind is 'page' or 'metadata'. */
  page: z.string().max(4096).optional(),
  /** ISO time it was read or chosen. */
  at: z.iso.datetime(),
});
export type ValueSource = z.infer<typeof ValueSource>;

export const SourcedValue = z.object({
  value: z.string(),
  source: ValueSource,
  valid: z.boolean(),
  problem: z.string().optional(),
});
export type SourcedValue = z.infer<typeof SourcedValue>;

/** Build a SourcedValue, validating it with `schema`; the first issue becomes `problem`. */
export function sourcedValue(
  value: string,
  schema: z.ZodType<string>,
  source: { kind: ValueSourceKind; page?: string; at?: Date },
): SourcedValue {
  const at = (source.at ?? new Date()).toISOString();
  const base = { value, source: { kind: source.kind, at, ...(source.page ? { page: source.page } : {}) } };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ...base, valid: true };
  return { ...base, valid: false, problem: parsed.error.issues[0]?.message ?? 'Not a valid value.' };
}

/** A value from the page if it has one that validates, else the documented default, saying so. */
export function pageValueOrDefault(
  fromPage: string | null,
  fallback: string,
  schema: z.ZodType<string>,
  page: string,
  at: Date = new Date(),
): SourcedValue {
  if (fromPage !== null && fromPage.trim() !== '') {
    const read = sourcedValue(fromPage.trim(), schema, { kind: 'page', page, at });
    if (read.valid) return read;
  }
  return sourcedValue(fallback, schema, { kind: 'default', at });
}
