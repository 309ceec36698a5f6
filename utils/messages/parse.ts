/** Parse a runtime message (or any boundary value) with its schema: the data, or null when it does not fit. */
export function parseWith<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}
