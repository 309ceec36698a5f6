import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '@/scripts/lib/find-chromium';
import { scriptCpu } from './trace-cpu';

/**
 * Setup assistant figures:
 *  - gzip size of each content script in the build (target ≤ 30 KB each);
 *  - main-thread CPU time the Entra controller adds on a heavy portal-like page
 *    (5,000 nodes, 1,000 DOM mutations) against the same page without it, in
 *    the same run (target ≤ 5 %): the renderer's ThreadTime counter, so other
 *    processes on a shared machine do not count, over alternating pairs;
 *  - time from a Basic SAML pane rendering to all its fields filled (target ≤ 300 ms).
 */

const ROOT = path.resolve(import.meta.dirname, '..');

function contentScriptSizes(lines: string[]): void {
  const dir = path.join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3', 'content-scripts');
  for (const name of ['entra.js', 'justcall.js']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      lines.push(`${name}: not built (run the extension build first)`);
      continue;
    }
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    lines.push(
      `${name}: ${(gz / 1024).toFixed(1)} KB gzip (${(raw.length / 1024).toFixed(0)} KB raw); target ≤ 30 KB → ${gz <= 30 * 1024 ? 'met' : 'NOT met'}`,
    );
  }
}

async function bundleController(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'bench/setup-page.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** 5,000 nodes shaped like a portal: nested panes, tables, labelled inputs, buttons. */
const HEAVY_PAGE = `<!doctype html><html lang="en"><body><main id="app"></main><script>
const app = document.getElementById('app');
for (let b = 0; b < 100; b++) {
  const sec = document.createElement('section');
  sec.setAttribute('aria-label', 'Blade ' + b);
  sec.innerHTML = '<h2>Blade ' + b + '</h2><table><tbody>' +
    Array.from({ length: 11 }, (_, r) => '<tr><th>Name ' + r + '</th><td><span>Value ' + r + '</span></td></tr>').join('') +
    '</tbody></table><label>Field ' + b + ' <input type="text"></label><button>Action ' + b + '</button>';
  app.appendChild(sec);
}
// The SAML page's own sections, so the controller's detection really runs on every scan.
const saml = document.createElement('section');
saml.innerHTML = '<h2>Basic SAML Configuration</h2><table><tr><th>Identifier (Entity ID)</th><td>JustCall</td></tr><tr><th>Reply URL (Assertion Consumer Service URL)</th><td>https://bifrost.justcall.io/passport/login/callback</td></tr></table>' +
  '<h2>Attributes &amp; Claims</h2><table><tr><th>email</th><td>user.mail</td></tr></table>' +
  '<h2>SAML Certificates</h2><dl><dt>Thumbprint</dt><dd>ABCDEF</dd><dt>App Federation Metadata Url</dt><dd>https://login.microsoftonline.com/x/federationmetadata/2007-06/federationmetadata.xml</dd></dl>';
document.body.appendChild(saml);
window.mutate = (count) => new Promise((resolve) => {
  let done = 0;
  const step = () => {
    for (let i = 0; i < 50 && done < count; i++, done++) {
      const sec = app.children[done % app.children.length];
      // One in ten is structural (a new control), like a list or a command bar re-rendering.
      const span = document.createElement(done % 10 ? 'span' : 'div');
      if (done % 10) span.textContent = 'tick ' + done;
      else span.innerHTML = '<button>Refresh ' + done + '</button>';
      sec.appendChild(span);
      if (done % 2) sec.removeChild(sec.lastChild);
    }
    if (done < count) setTimeout(step, 0); else setTimeout(resolve, 400);
  };
  step();
});
</script></body></html>`;

/** The renderer's own counters (CDP Performance domain), in seconds. */
type Counters = Record<string, number>;

async function counters(page: Page): Promise<() => Promise<Counters>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
}

/**
 * What the workload cost the page's main thread: ThreadTime is that thread's CPU
 * time, so time the shared machine spends on other processes is not counted
 * (TaskDuration, the wall time of its tasks, is reported beside it).
 */
interface WorkloadCost {
  /** The controller's own callbacks (observer, timers), from the trace; 0 without it. */
  ownCpuMs: number;
  /** The page's own script, which with the controller also builds the mutation records it observes. */
  pageScriptCpuMs: number;
  /** The whole main thread, rendering included (ThreadTime). */
  cpuMs: number;
  taskMs: number;
  scriptMs: number;
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const signed = (x: number, digits = 1): string => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;

const OVERHEAD_PAIRS = Number(process.env.BENCH_SETUP_PAIRS ?? 9);
/** Names the injected controller in traces, so its callbacks can be told from the page's. */
const CONTROLLER_URL = 'entra-content-controller.js';

async function overhead(lines: string[], script: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const startups: number[] = [];
    const measure = async (withAssistant: boolean): Promise<WorkloadCost> => {
      const page = await browser.newPage();
      await page.setContent(HEAVY_PAGE);
      const read = await counters(page);
      if (withAssistant) {
        await page.addScriptTag({ content: `${script}\n//# sourceURL=${CONTROLLER_URL}` });
        const before = await read();
        await page.evaluate(() => window.startAssistant());
        startups.push(((await read()).ThreadTime! - before.ThreadTime!) * 1000);
      }
      // Let start-up (the first full scan, the controls mounting) finish outside the measured window.
      await page.waitForTimeout(300);
      // Both sides are traced, so the tracing's own cost falls on both.
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      const before = await read();
      await page.evaluate(() => (window as unknown as { mutate(n: number): Promise<void> }).mutate(1000));
      const after = await read();
      const trace = (await browser.stopTracing()).toString('utf8');
      await page.close();
      const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      const cpu = scriptCpu(trace, CONTROLLER_URL);
      return {
        ownCpuMs: cpu.ownMs,
        pageScriptCpuMs: cpu.otherMs,
        cpuMs: delta('ThreadTime'),
        taskMs: delta('TaskDuration'),
        scriptMs: delta('ScriptDuration'),
      };
    };
    {
      const page = await browser.newPage();
      await page.setContent(HEAVY_PAGE);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      lines.push(`heavy page: ${nodes} nodes, 1,000 mutations (in bursts of 50, one in ten structural)`);
      await page.close();
    }
    await measure(false); // warm-up: the first page of a fresh browser pays for process start-up
    const base: WorkloadCost[] = [];
    const withIt: WorkloadCost[] = [];
    // Pairs in alternating order, so drift in the machine's load falls on both sides.
    for (let i = 0; i < OVERHEAD_PAIRS; i++) {
      if (i % 2 === 0) {
        base.push(await measure(false));
        withIt.push(await measure(true));
      } else {
        withIt.push(await measure(true));
        base.push(await measure(false));
      }
    }
    // What the controller adds, per pair: its own callbacks, plus what observing costs inside the
    // page's DOM calls (mutation records), from the trace's thread times. Rendering is left out:
    // its frame count varies from run to run by more than the whole effect.
    const baseCpu = median(base.map((b) => b.cpuMs));
    const added = withIt.map((w, i) => w.ownCpuMs + (w.pageScriptCpuMs - base[i]!.pageScriptCpuMs));
    const addedPct = (median(added) / baseCpu) * 100;
    lines.push(
      `main-thread CPU time the Entra controller adds to the mutations (thread time from traces, median of ${OVERHEAD_PAIRS} alternating pairs): ` +
        `${signed(median(added))} ms (${Math.min(...added).toFixed(1)}–${Math.max(...added).toFixed(1)}) = its callbacks ${median(withIt.map((w) => w.ownCpuMs)).toFixed(1)} ms ` +
        `+ the page's script ${median(base.map((b) => b.pageScriptCpuMs)).toFixed(1)} → ${median(withIt.map((w) => w.pageScriptCpuMs)).toFixed(1)} ms (mutation records for the observer), ` +
        `against ${baseCpu.toFixed(1)} ms the main thread spends without it (ThreadTime) → ${signed(addedPct)} %; target ≤ 5 % → ${addedPct <= 5 ? 'met' : 'NOT met'}`,
    );
    const wholePct = base.map((b, i) => ((withIt[i]!.cpuMs - b.cpuMs) / b.cpuMs) * 100);
    const wholeMs = base.map((b, i) => withIt[i]!.cpuMs - b.cpuMs);
    lines.push(
      `  cross-check, whole main thread with − without, rendering included (ThreadTime): ${signed(median(wholeMs))} ms, ${signed(median(wholePct))} % ` +
        `(pairs from ${signed(Math.min(...wholePct))} % to ${signed(Math.max(...wholePct))} %); ` +
        `task wall time ${median(base.map((b) => b.taskMs)).toFixed(1)} → ${median(withIt.map((w) => w.taskMs)).toFixed(1)} ms`,
    );
    lines.push(
      `controller start-up (first full scan of 5,000 nodes, controls mounted): median ${median(startups).toFixed(1)} ms CPU, once per page load, outside the window above`,
    );
    {
      // When a feature's own section re-renders, it is read again: the cost of one full scan.
      const page = await browser.newPage();
      await page.setContent(HEAVY_PAGE);
      await page.addScriptTag({ content: script });
      await page.evaluate(() => window.startAssistant());
      const perScan = Number(
        await page.evaluate(
          '(() => { const t0 = performance.now(); for (let i = 0; i < 20; i++) window.assistantScan(); return (performance.now() - t0) / 20; })()',
        ),
      );
      lines.push(
        `one full scan of the page (detect and read Basic SAML, claims, certificates on ${'5,000'} nodes): ${perScan.toFixed(1)} ms; runs at most every 120 ms, and only when a feature's section or a new pane changed`,
      );
      await page.close();
    }

    // Pane rendered → every field filled.
    const page = await browser.newPage();
    await page.setContent(HEAVY_PAGE);
    await page.addScriptTag({ content: script });
    await page.evaluate(() => window.startAssistant());
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      times.push(
        // A string, so the bench runner's transpiler adds no helpers the page lacks.
        Number(
          await page.evaluate(`(async () => {
          document.querySelector('[role="dialog"]')?.remove();
          await new Promise((r) => setTimeout(r, 300));
          const t0 = performance.now();
          const pane = document.createElement('div');
          pane.setAttribute('role', 'dialog');
          pane.setAttribute('aria-label', 'Basic SAML Configuration');
          pane.innerHTML =
            '<h2>Basic SAML Configuration</h2>' +
            '<label>Identifier (Entity ID) <input type="text"></label>' +
            '<label>Reply URL (Assertion Consumer Service URL) <input type="text"></label>' +
            '<label>Sign on URL (Optional) <input type="text"></label><button>Save</button>';
          document.body.appendChild(pane);
          await new Promise((resolve, reject) => {
            const look = () => {
              if (pane.querySelector('[data-entra-sso-assistant="entra/basic-saml"]')) resolve();
              else if (performance.now() - t0 > 10000) reject(new Error('the Basic SAML control did not mount within 10 s'));
              else requestAnimationFrame(look);
            };
            look();
          });
          if (!window.assistantFill('entra/basic-saml')) throw new Error('the Basic SAML control did not mount');
          await new Promise((resolve, reject) => {
            const given = performance.now();
            const look = () => {
              const inputs = Array.from(pane.querySelectorAll('input'));
              if (inputs.every((i) => i.value !== '')) resolve();
              else if (performance.now() - given > 10000) reject(new Error('the fields were not filled within 10 s'));
              else setTimeout(look, 2);
            };
            look();
          });
          return performance.now() - t0;
})()`),
        ),
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    const med = sorted[Math.floor(sorted.length / 2)] ?? 0;
    lines.push(
      `pane rendered → 3 fields filled: median ${med.toFixed(0)} ms (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)}; includes the 120 ms mutation throttle, the Fill, and a settled frame after each field); target ≤ 300 ms → ${med <= 300 ? 'met' : 'NOT met'}`,
    );
    await page.close();
  } finally {
    await browser.close();
  }
}

export async function benchSetup(): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  contentScriptSizes(lines);
  const script = await bundleController();
  await overhead(lines, script);
  return { lines };
}
