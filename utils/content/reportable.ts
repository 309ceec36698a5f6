import { FieldResult as FieldResultSchema, type FieldResult } from '@/utils/dom/field-result';

const MAX_TEXT = 8000;
const cap = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.slice(0, MAX_TEXT));

/** Results as they may leave the page: size-capped, the secret token masked. */
export function reportable(results: readonly FieldResult[]): FieldResult[] {
  return results.slice(0, 100).flatMap((r) => {
    const secret = r.field === 'secretToken';
    const mask = (v: string | undefined) => (v === undefined ? undefined : secret && v !== '' ? '(hidden)' : cap(v));
    const parsed = FieldResultSchema.safeParse({
      field: r.field.slice(0, 64),
      label: r.label.slice(0, 512),
      status: r.status,
      before: mask(r.before),
      after: mask(r.after),
      expected: mask(r.expected) ?? '',
      problem: r.problem?.slice(0, 512),
    });
    return parsed.success ? [parsed.data] : [];
  });
}
