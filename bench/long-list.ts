import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '@/scripts/lib/find-chromium';

/**
 * "Read all N rows" on a real Fluent UI 8 DetailsList (the virtualised grid of
 * the portal's React views): how long reading a long list whole takes, in how
 * many scroll steps, and whether every row was read. The reference, measured
 * in the same run, is Fluent's own latency to draw the end of the list after
 * one jump there: the read costs as many of those as the ratio says.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [83, 400, 2000];
const RUNS = 3;

async function bundle(entry: string, opts: { react: boolean }): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: opts.react ? 'react' : 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...(opts.react ? { tsconfig: path.join(ROOT, 'tests/world/tsconfig.json') } : {}),
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function open(page: Page, html: string, rows: number): Promise<void> {
  await page.route('https://bench.invalid/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`https://bench.invalid/list?rows=${rows}`);
  await page.waitForFunction(() => document.querySelectorAll('[role="row"][aria-rowindex]').length > 1);
  // Let Fluent's List finish drawing the views ahead of the first one.
  await page.waitForTimeout(800);
}

/** Fluent's own time to draw the list's last row after one jump to the end. */
async function jumpToEnd(page: Page, rows: number): Promise<number> {
  return page.evaluate(async (last) => {
    const started = performance.now();
    const scroller = document.scrollingElement ?? document.documentElement;
    scroller.scrollTop = scroller.scrollHeight;
    while (!document.querySelector(`[role="row"][aria-rowindex="${last}"]`)) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - started;
  }, rows + 1);
}

export async function benchLongList(): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const [list, reader] = await Promise.all([
    bundle('tests/world/client/bench/long-list.tsx', { react: true }),
    bundle('bench/long-list-reader.ts', { react: false }),
  ]);
  const html = `<!doctype html><html lang="en"><body style="margin:0"><div id="root"></div><script>${list}</script><script>${reader}</script></body></html>`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    for (const rows of SIZES) {
      const reads: number[] = [];
      const references: number[] = [];
      let steps = 0;
      let shown = 0;
      let whole = true;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await open(page, html, rows);
        shown = (await page.evaluate(() => window.listExtent())).known;
        const read = await page.evaluate(() => window.readWholeList());
        reads.push(read.ms);
        steps = read.steps;
        whole &&= read.complete && read.known === rows;
        await page.close();
        // On a fresh page: after the read, the end of the list may still be drawn.
        const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await open(fresh, html, rows);
        references.push(await jumpToEnd(fresh, rows));
        await fresh.close();
      }
      const ms = median(reads);
      const ref = median(references);
      lines.push(
        `read all ${rows} rows (Fluent draws ${shown} at first): median ${ms.toFixed(0)} ms in ${steps} steps, ${whole ? 'every row read' : 'NOT every row read'}; ` +
          `Fluent's own draw after one jump to the end ${ref.toFixed(0)} ms → ${(ms / ref).toFixed(1)}× that`,
      );
    }
  } finally {
    await browser.close();
  }
  return { lines };
}
