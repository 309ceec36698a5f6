import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * A portal content script is a small start-up script (30 KB gzip budget each)
 * that asks for its page engine, injected on demand. Classic zod alone is
 * about 18 KB; the engines' import graph must reach zod only through
 * zod/mini, which still validates every message and stored value, and the
 * start-up scripts need no schema at all.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function contentInputs(entry: string): Promise<string[]> {
  const out = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': ROOT },
    external: ['wxt/browser'],
    logLevel: 'silent',
  });
  return Object.keys(out.metafile.inputs);
}

describe('content script imports', () => {
  for (const entry of ['entrypoints/entra-engine.ts', 'entrypoints/justcall-engine.ts']) {
    it(`${entry} validates with zod/mini and never pulls in classic zod`, async () => {
      const inputs = await contentInputs(entry);
      expect(inputs.some((p) => p.includes('node_modules/zod/v4/mini/'))).toBe(true);
      expect(inputs.filter((p) => p.includes('node_modules/zod/v4/classic/'))).toEqual([]);
      // The whole session schema belongs to the background and the side panel.
      expect(inputs.filter((p) => /utils\/setup\/session\.ts$/.test(p))).toEqual([]);
      // Label packs stay in the background, which hands a frame only its page language's.
      expect(inputs.filter((p) => /utils\/features\/i18n\//.test(p))).toEqual([]);
    });
  }
  for (const entry of ['entrypoints/entra.content.ts', 'entrypoints/justcall.content.ts']) {
    it(`${entry} (start-up) carries no schema library and no page engine`, async () => {
      const inputs = await contentInputs(entry);
      expect(inputs.filter((p) => p.includes('node_modules/zod/'))).toEqual([]);
      expect(inputs.filter((p) => /utils\/(features|dom)\//.test(p))).toEqual([]);
    });
  }
});
