/**
 * 1 GB HAR import in the doctor's panel page (`npm run bench -- "1 GB"`, or
 * `npx tsx bench/doctor-import.ts`): the file is made in a temp dir, imported
 * through the panel's file input (read, scanned and analysed in its Worker),
 * and timed against a bare streaming read of the same file in the same page.
 * Also: the longest main-thread task while importing (PerformanceObserver
 * 'longtask'; target none over 50 ms), the page's peak JS heap, and the peak
 * resident memory of the extension's renderer process (page and Worker).
 * Needs the extension built (WXT_OUT_DIR or .output) and the world UI built.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { withExtension } from './doctor';
import { writeHar } from './har';

const MB = 1024 * 1024;
/** 20,000 entries of ~50 KB: a little over 1 GB, with 200 SAML messages. */
const ENTRIES = 20_000;

/** Resident set of every Chromium renderer that hosts extension pages, from /proc (Linux). */
function extensionRendererRss(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (rss) total += Number(rss) * 1024;
    } catch {
      // the process ended while it was read
    }
  }
  return total;
}

interface Sampler {
  stop(): Promise<{ peakRss: number; peakHeap: number }>;
}

/** Samples the renderer's RSS and the page's JS heap (CDP Performance metrics) every 100 ms. */
async function sample(ctx: BrowserContext, page: Page): Promise<Sampler> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakRss = extensionRendererRss();
  let peakHeap = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peakRss = Math.max(peakRss, extensionRendererRss());
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peakHeap = Math.max(peakHeap, heap);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach();
      return { peakRss, peakHeap };
    },
  };
}

/** Starts collecting the page's long tasks; returns a reader of the longest since the last read. */
async function watchLongTasks(page: Page): Promise<() => Promise<{ longest: number; count: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.push(e.duration);
        if (localStorage.getItem('bench-debug')) console.log('longtask', e.startTime.toFixed(0), e.duration.toFixed(0));
      }
    }).observe({ type: 'longtask' });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      const tasks = w.__longTasks.splice(0);
      return { longest: tasks.reduce((m, d) => Math.max(m, d), 0), count: tasks.length };
    });
}

/** A bare streaming read of the file, in the same page: how fast the browser alone hands the bytes over. */
async function bareRead(page: Page, file: string): Promise<{ ms: number; bytes: number }> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-bare-read';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-bare-read', file);
  return page.evaluate(async () => {
    const input = document.getElementById('bench-bare-read') as HTMLInputElement;
    const f = input.files?.[0];
    if (!f) throw new Error('no file');
    const t0 = performance.now();
    const reader = f.stream().getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
    }
    return { ms: performance.now() - t0, bytes };
  });
}

async function importFigures(ctx: BrowserContext, id: string, file: string): Promise<string[]> {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/devtools-panel.html`);
  await page.locator('main.doctor[data-busy=false]').waitFor();
  if (process.env.BENCH_DEBUG) {
    await page.evaluate(() => localStorage.setItem('bench-debug', '1'));
    page.on('console', (m) => console.log('page:', m.text()));
    await page.evaluate(() => console.log('t0', performance.now().toFixed(0)));
  }
  const longTasks = await watchLongTasks(page);
  const baselineRss = extensionRendererRss();
  const sampler = await sample(ctx, page);
  const t0 = Date.now();
  await page.getByTestId('import-input').setInputFiles(file);
  await page.getByTestId('import-progress').waitFor({ timeout: 60_000 });
  await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 600_000 });
  const readMs = Date.now() - t0;
  await page.getByTestId('view-import').waitFor({ timeout: 60_000 });
  await page.locator('main.doctor[data-busy=false] [data-testid=diagnosis]').waitFor({ timeout: 600_000 });
  const totalMs = Date.now() - t0;
  const { peakRss, peakHeap } = await sampler.stop();
  const tasks = await longTasks();
  const messages = await page.getByTestId('view-import').textContent();
  // The reference after the import, so the bytes it leaves for the collector do not count against the import.
  const reference = await bareRead(page, file);
  const referenceTasks = await longTasks();
  await page.close();
  const ratio = totalMs / reference.ms;
  return [
    `file: ${(statSync(file).size / MB).toFixed(0)} MB, ${ENTRIES} entries; imported as ${messages?.trim() ?? '?'}`,
    `bare streaming read in the panel page: ${reference.ms.toFixed(0)} ms (${(reference.bytes / MB / (reference.ms / 1000)).toFixed(0)} MB/s); longest main-thread task ${referenceTasks.longest.toFixed(0)} ms`,
    `import in the panel page: read and scanned in ${readMs} ms, diagnosis shown after ${totalMs} ms → ${ratio.toFixed(2)}x the bare read`,
    `main thread while importing: ${tasks.count} task(s) over 50 ms, longest ${tasks.longest.toFixed(0)} ms (target: none over 50 ms) ${tasks.longest <= 50 ? 'OK' : 'MISSED'}`,
    `peak memory while importing: page JS heap ${(peakHeap / MB).toFixed(0)} MB; extension renderer RSS (page and Worker) ${(peakRss / MB).toFixed(0)} MB, ${((peakRss - baselineRss) / MB).toFixed(0)} MB above the ${(baselineRss / MB).toFixed(0)} MB before the import`,
  ];
}

export async function benchDoctorImport(): Promise<{ lines: string[] }> {
  if (!existsSync('/proc/self/status')) throw new Error('this bench reads process memory from /proc (Linux only)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-doctor-1gb-'));
  try {
    const file = join(dir, 'big.har');
    await writeHar(file, ENTRIES);
    const lines = await withExtension((ctx, id) => importFigures(ctx, id, file));
    return { lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchDoctorImport().then(
    ({ lines }) => console.log(lines.join('\n')),
    (e: unknown) => {
      console.error(e instanceof Error ? e.stack : String(e));
      process.exitCode = 1;
    },
  );
}
