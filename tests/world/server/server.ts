import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { acsHandler } from './acs/handler';
import { forgetSpMemory } from './acs/pending';
import { createCertPool } from './certs';
import { allWorldHostNames, type WorldHandler, type WorldRuntime } from './http';
import { hostileHandler } from './hostile';
import { loginHandler } from './login/handler';
import { portalHandler } from './portal-handler';
import { escapeHtml, page, sendHtml } from './respond';
import { applyScenario } from './scenarios';
import { scimHandler } from './scim/handler';
import { ssoStartHandler } from './sso-start';
import { createInitialState } from './store';
import { testApiHandler } from './test-api';
import { makeTlsCredentials } from './tls';
import { resolveUiOptions, type WorldUiOptions } from './ui-options';

/**
 * The simulated world: one HTTPS server that answers for every host in
 * WORLD_HOSTS (the browser maps them to it with --host-resolver-rules) and
 * routes each request by its Host header.
 */

export interface StartWorldOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** How many RSA keys to pre-generate (default 3). */
  keyPoolSize?: number;
  /** How the portals are drawn (see ui-options.ts); unset options take their defaults. */
  ui?: Partial<WorldUiOptions>;
}

export interface StartedWorld {
  port: number;
  origin: string;
  /** Value for Chromium's --host-resolver-rules. */
  hostResolverRules: string;
  runtime: WorldRuntime;
  /** Applies a scenario on top of the current state (no reset). */
  applyScenario(name: string, options?: Record<string, unknown>): Promise<{ signInAs: string }>;
  /** Changes how the portals are drawn; pages loaded after this follow it. Throws on a bad value. */
  setUi(options: Partial<WorldUiOptions>): WorldUiOptions;
  close(): Promise<void>;
}

const MAX_BODY = 2 * 1024 * 1024;

/** Order matters: the test API answers on every host; the portal pages come last. */
const HANDLERS: WorldHandler[] = [testApiHandler, loginHandler, acsHandler, scimHandler, ssoStartHandler, hostileHandler, portalHandler];

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function hostOf(req: IncomingMessage): string {
  const raw = req.headers.host ?? '';
  return (
    raw
      .replace(/:\d+$/, '')
      .replace(/^\[|\]$/g, '')
      .toLowerCase() || 'localhost'
  );
}

function errorPage(res: ServerResponse, status: number, title: string, detail: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendHtml(res, status, page(title, `<main style="padding:24px"><h1>${escapeHtml(title)}</h1><pre>${escapeHtml(detail)}</pre></main>`));
}

function makeRequestListener(world: WorldRuntime) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readBody(req);
      if (body === 'too-large') return errorPage(res, 413, 'Request too large', `Bodies are capped at ${MAX_BODY} bytes.`);
      const host = hostOf(req);
      const url = new URL(req.url ?? '/', `https://${host}`);
      const method = (req.method ?? 'GET').toUpperCase();
      for (const handler of HANDLERS) {
        if (await handler({ req, res, host, url, method, body, world })) return;
      }
      errorPage(
        res,
        404,
        'Not found',
        `The simulated world has no page at https://${host}${url.pathname}\nHosts: ${allWorldHostNames().join(', ')}`,
      );
    } catch (e) {
      console.error('[world] request failed:', e);
      errorPage(res, 500, 'Server error', e instanceof Error ? e.message : String(e));
    }
  };
}

export function hostResolverRulesFor(port: number): string {
  return allWorldHostNames()
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .join(', ');
}

export async function startWorld(opts: StartWorldOptions = {}): Promise<StartedWorld> {
  const state = createInitialState();
  // The pool's clock is read lazily, so certificates follow the world's clock offset.
  const runtime: WorldRuntime = {
    state,
    now: () => new Date(Date.now() + runtime.state.clockOffsetMs),
    reset: async () => {
      // Replace the contents in place so anyone holding runtime.state sees the fresh world.
      Object.assign(runtime.state, createInitialState());
      forgetSpMemory(runtime);
    },
    certs: await createCertPool(opts.keyPoolSize ?? 3, () => runtime.now()),
    port: 0,
    ui: resolveUiOptions(opts.ui ?? {}),
  };
  const tls = await makeTlsCredentials(runtime.certs);
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => void makeRequestListener(runtime)(req, res));
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  runtime.port = port;
  return {
    port,
    origin: `https://127.0.0.1:${port}`,
    hostResolverRules: hostResolverRulesFor(port),
    runtime,
    applyScenario: (name, options) => applyScenario(runtime, name, options),
    setUi: (options) => {
      runtime.ui = resolveUiOptions({ ...runtime.ui, ...options });
      return runtime.ui;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
