/** Parse a runtime message (or any boundary value) with its schema: the data, or null when it does not fit. */
export function parseWith<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown): T | null {
  const result = schema.safeParse(raw);
  return result.success ? result.data : null;
}
