import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { WorldRequest } from '../http';

/** A tiny method + path router for the portal API; `:name` segments become params. */
export type ApiRoute = {
  method: string;
  pattern: string;
  handle: (r: WorldRequest, params: Record<string, string>) => Promise<void> | void;
};

export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

/** Runs the first route matching the request; false when none does. */
export async function dispatch(routes: readonly ApiRoute[], r: WorldRequest): Promise<boolean> {
  for (const route of routes) {
    if (route.method !== r.method) continue;
    const params = matchPath(route.pattern, r.url.pathname);
    if (params) {
      await route.handle(r, params);
      return true;
    }
  }
  return false;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/** Parses the JSON body with the schema; on failure answers 400 and returns null. */
export function readBody<S extends z.ZodType>(r: WorldRequest, schema: S): z.infer<S> | null {
  let raw: unknown;
  try {
    raw = r.body.length ? JSON.parse(r.body.toString('utf8')) : {};
  } catch {
    sendError(r.res, 400, 'The request body is not valid JSON.');
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    sendError(r.res, 400, first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'Invalid request body.');
    return null;
  }
  return parsed.data;
}
