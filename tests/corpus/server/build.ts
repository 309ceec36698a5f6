import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the corpus' page scripts (real React 19, Fluent UI 8, Knockout 3.5)
 * in memory with esbuild, apart from WXT (whose Preact preset would alias
 * React). Shared code goes into chunks; the server answers /_corpus/<path>.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PAGES = path.join(ROOT, 'tests/corpus/pages');
// Nothing is written there (write: false); esbuild needs it to name the files.
const OUT = path.join(ROOT, '.output/corpus-pages');

/** A page script is `<name>.tsx` (React) or `<name>.ts` (Knockout). */
function entryFile(script: string): string {
  const tsx = path.join(PAGES, `${script}.tsx`);
  return existsSync(tsx) ? tsx : path.join(PAGES, `${script}.ts`);
}

export type Bundles = Map<string, string>;

export async function buildPages(scripts: readonly string[]): Promise<Bundles> {
  const unique = [...new Set(scripts)];
  const result = await build({
    entryPoints: Object.fromEntries(unique.map((s) => [s, entryFile(s)])),
    outdir: OUT,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'react',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const out: Bundles = new Map();
  for (const file of result.outputFiles) out.set(path.relative(OUT, file.path).split(path.sep).join('/'), file.text);
  return out;
}
