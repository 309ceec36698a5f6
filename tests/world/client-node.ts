import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';

/**
 * A tiny HTTPS client that reaches the simulated world on 127.0.0.1 while
 * naming a real host (SNI + Host header), as the browser does with
 * --host-resolver-rules. Node's fetch cannot map host names, hence this.
 * Used by the unit tests, the e2e harness (test API) and the world itself
 * (the provisioning engine calls JustCall's SCIM endpoint through it).
 */

export interface WorldResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The Location header, if any. */
  location: string | undefined;
}

export interface WorldRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Raw body. */
  body?: string | Buffer;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  /** Sent as application/json. */
  json?: unknown;
  timeoutMs?: number;
}

export function worldRequest(port: number, url: string, opts: WorldRequestOptions = {}): Promise<WorldResponse> {
  const target = new URL(url);
  const headers: Record<string, string> = { host: target.host, ...opts.headers };
  let body: string | Buffer | undefined = opts.body;
  if (opts.form) {
    body = new URLSearchParams(opts.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] = 'application/json';
  }
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        servername: target.hostname,
        method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
        path: target.pathname + target.search,
        headers,
        // The world's TLS certificate is self-signed and made at start.
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const location = res.headers.location;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            location: typeof location === 'string' ? location : undefined,
          });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(opts.timeoutMs ?? 15_000, () => req.destroy(new Error(`request to ${url} timed out`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The first form on a page: its action and its input fields (name → value). */
export function readForm(html: string): { action: string; fields: Record<string, string> } | null {
  const form = /<form\b[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return null;
  const action = /\baction="([^"]*)"/i.exec(form[0])?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const m of (form[1] ?? '').matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname="([^"]*)"/i.exec(m[0])?.[1];
    if (!name) continue;
    fields[name] = decodeEntities(/\bvalue="([^"]*)"/i.exec(m[0])?.[1] ?? '');
  }
  return { action: decodeEntities(action), fields };
}
