import type { z } from 'zod';
import { ApiErrorSchema } from '../../server/portal-api/views';

/** A failed API call, carrying the server's message for the UI to show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** Calls the world's JSON API on this page's own origin and validates the answer. */
export async function api<S extends z.ZodType>(schema: S, method: string, path: string, body?: unknown): Promise<z.infer<S>> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = ApiErrorSchema.safeParse(data);
    throw new ApiError(err.success ? err.data.error : `Request failed (${res.status})`, res.status, data);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(`Unexpected answer from ${path}`, res.status, data);
  return parsed.data;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Resolves after ms; the portal draws some panes late, like the real one. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
