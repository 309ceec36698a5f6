import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import { PORTAL_CONFIG_ELEMENT_ID, type PortalConfig } from './ui-options';

/** The built UI bundles (scripts/build-world.mjs writes them). */
export const BUILD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.build');
/** URL prefix every portal host serves the bundles under. */
export const ASSET_PREFIX = '/_world/';

export type PageBundle = 'entra-shell' | 'entra-blades' | 'hosting-provisioning' | 'justcall' | 'ibiza-shell' | 'reactview';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export interface PageOptions {
  lang?: string;
  /** Embedded as JSON for the Ibiza-style pages. */
  config?: PortalConfig;
}

/** An HTML shell that loads one bundle; the bundle draws everything. */
export function pageHtml(bundle: PageBundle, title: string, opts: PageOptions = {}): string {
  // "<" escaped so the JSON cannot close the script element.
  const config = opts.config
    ? `<script type="application/json" id="${PORTAL_CONFIG_ELEMENT_ID}">${JSON.stringify(opts.config).replace(/</g, '\\u003c')}</script>\n`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${ASSET_PREFIX}${bundle}.css">
</head>
<body>
<div id="root"></div>
${config}<script type="module" src="${ASSET_PREFIX}${bundle}.js"></script>
</body>
</html>
`;
}

export function sendPage(res: ServerResponse, bundle: PageBundle, title: string, opts: PageOptions = {}): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(pageHtml(bundle, title, opts));
}

/** A portal extension's hosting iframe: its code would run here and draw into the shell; as the admin sees it, empty. */
export function sendEmptyHostingPage(res: ServerResponse, lang: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>Microsoft_AAD_IAM</title></head><body></body></html>\n`,
  );
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serves /_world/<bundle>.js|.css from the build folder; a missing build gets a clear 503. */
export async function sendAsset(res: ServerResponse, pathname: string): Promise<void> {
  const name = pathname.slice(ASSET_PREFIX.length);
  const ext = path.extname(name);
  const type = CONTENT_TYPES[ext];
  if (!/^[a-z-]+\.(js|css)$/.test(name) || !type) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  try {
    const body = await readFile(path.join(BUILD_DIR, name));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(ext === '.css' ? 200 : 503, { 'content-type': type });
    // A bundle without CSS is fine; a missing script means the UI was never built.
    res.end(ext === '.css' ? '' : `console.error(${JSON.stringify(`World UI not built: run "npm run world:build" (${name})`)});`);
  }
}
