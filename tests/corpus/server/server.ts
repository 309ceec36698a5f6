import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { variantUrl, type CorpusDocument, type Variant } from '@/tests/corpus/variant';
import { buildPages } from './build';
import { selfSigned } from './tls';

/**
 * The corpus server: one HTTPS port that answers for every host the variants
 * use (Chromium maps them to it with --host-resolver-rules). A document is
 * found by its `corpus` and `doc` query parameters and must be asked for on
 * its own host and path; page scripts are served from /_corpus/ on any host.
 */

export interface CorpusServer {
  port: number;
  hosts: string[];
  /** Value for Chromium's --host-resolver-rules: the corpus' hosts here, every other name unresolvable. */
  hostResolverRules: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(variant: Variant, doc: CorpusDocument): string {
  const url = (name: string) => escapeHtml(variantUrl(variant, name));
  const body = doc.body ? doc.body(url) : '';
  const script = doc.script ? `<script type="module" src="/_corpus/${doc.script}.js"></script>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang ?? 'en')}">
<head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font-family:"Segoe UI",sans-serif;margin:0}iframe{border:0;width:100%;height:640px}</style></head>
<body>${body}${script}</body>
</html>`;
}

function send(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(text);
}

export async function startCorpusServer(variants: readonly Variant[]): Promise<CorpusServer> {
  const scripts = variants.flatMap((v) => Object.values(v.documents).flatMap((d) => (d.script ? [d.script] : [])));
  const [bundles, tls] = await Promise.all([buildPages(scripts), selfSigned('CN=Corpus', 1, true)]);
  const byId = new Map(variants.map((v) => [v.id, v]));
  const hosts = [...new Set(variants.flatMap((v) => Object.values(v.documents).map((d) => d.host)))].sort();

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (url.pathname.startsWith('/_corpus/')) {
      const js = bundles.get(url.pathname.slice('/_corpus/'.length));
      if (js !== undefined) return send(res, 200, 'text/javascript', js);
      return send(res, 404, 'text/plain', 'no such script');
    }
    const variant = byId.get(url.searchParams.get('corpus') ?? '');
    const docName = url.searchParams.get('doc') ?? '';
    const doc = variant?.documents[docName];
    if (!variant || !doc || doc.host !== host || doc.path !== url.pathname) {
      return send(res, 404, 'text/html', '<!doctype html><title>Not found</title><p>The corpus has no such page.</p>');
    }
    send(res, 200, 'text/html', html(variant, doc));
  };

  const server: Server = createServer({ cert: tls.certPem, key: tls.keyPem }, handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hosts,
    hostResolverRules: [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', '),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
