import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The portal content scripts have a 30 KB gzip budget each (issue 4); classic
 * zod alone is about 18 KB of it. Their import graph must reach zod only
 * through zod/mini, which still validates every message and stored value.
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
  for (const entry of ['entrypoints/entra.content.ts', 'entrypoints/justcall.content.ts']) {
    it(`${entry} validates with zod/mini and never pulls in classic zod`, async () => {
      const inputs = await contentInputs(entry);
      expect(inputs.some((p) => p.includes('node_modules/zod/v4/mini/'))).toBe(true);
      expect(inputs.filter((p) => p.includes('node_modules/zod/v4/classic/'))).toEqual([]);
      // The validators and the whole session schema belong to the background and the side panel.
      expect(inputs.filter((p) => /utils\/setup\/(profile|session)\.ts$/.test(p))).toEqual([]);
    });
  }
});
