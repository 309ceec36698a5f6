// Bundles the simulated world's portal UIs (real React 19, not WXT's Preact
// alias) into tests/world/.build/, which the world server serves as /_world/*.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const client = path.join(root, 'tests/world/client');

/** Output name -> entry file. Keep in sync with portal-pages.ts. */
const entries = {
  'entra-shell': 'entra/shell/main.tsx',
  'entra-blades': 'entra/blades/main.tsx',
  'hosting-provisioning': 'entra/hosting/main.ts',
  justcall: 'justcall/main.tsx',
  // The Ibiza-style drawing: the shell with its Knockout blades, and the Fluent UI React views.
  'ibiza-shell': 'entra/fxs/main.ts',
  reactview: 'entra/fluent/main.tsx',
};

// --dev: React's development build and inline source maps (bigger, slower pages, better errors).
const dev = process.argv.includes('--dev');
const started = Date.now();
await build({
  entryPoints: Object.fromEntries(Object.entries(entries).map(([out, src]) => [out, path.join(client, src)])),
  outdir: path.join(root, 'tests/world/.build'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'react',
  minify: false,
  sourcemap: dev ? 'inline' : false,
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  tsconfig: path.join(root, 'tests/world/tsconfig.json'),
  logLevel: 'warning',
});
console.log(`world UI built in ${Date.now() - started} ms -> tests/world/.build/`);
