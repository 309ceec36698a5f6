import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../scripts/lib/find-chromium';

/**
 * Setup assistant figures:
 *  - gzip size of each content script in the build (target ≤ 30 KB each);
 *  - main-thread time the Entra controller adds on a heavy portal-like page
 *    (5,000 nodes, 1,000 DOM mutations) against the same page without it, in
 *    the same run (target ≤ 5 %);
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
    lines.push(`${name}: ${(gz / 1024).toFixed(1)} KB gzip (${(raw.length / 1024).toFixed(0)} KB raw); target ≤ 30 KB → ${gz <= 30 * 1024 ? 'met' : 'NOT met'}`);
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

async function mainThreadMs(page: Page, run: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await metric();
  await run();
  return (await metric()) - before;
}

async function overhead(lines: string[], script: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const base: number[] = [];
    const withIt: number[] = [];
    const measure = async (withAssistant: boolean): Promise<number> => {
      const page = await browser.newPage();
      await page.setContent(HEAVY_PAGE);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      if (withAssistant) {
        await page.addScriptTag({ content: script });
        await page.evaluate(() => window.startAssistant());
      }
      const ms = await mainThreadMs(page, () => page.evaluate(() => (window as unknown as { mutate(n: number): Promise<void> }).mutate(1000))) * 1000;
      if (!withAssistant && base.length === 0) lines.push(`heavy page: ${nodes} nodes, 1,000 mutations (in bursts of 50)`);
      await page.close();
      return ms;
    };
    // Alternate runs and keep the medians: the shared machine is noisy.
    for (let i = 0; i < 7; i++) {
      base.push(await measure(false));
      withIt.push(await measure(true));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const b = median(base);
    const w = median(withIt);
    const pct = b > 0 ? ((w - b) / b) * 100 : 0;
    lines.push(`main-thread time (mutations outside the SAML sections): ${b.toFixed(1)} ms without, ${w.toFixed(1)} ms with the Entra controller → ${pct >= 0 ? '+' : ''}${pct.toFixed(1)} %; target ≤ 5 % → ${pct <= 5 ? 'met' : 'NOT met'} (median of 7 alternating runs)`);
    {
      // When a feature's own section re-renders, it is read again: the cost of one full scan.
      const page = await browser.newPage();
      await page.setContent(HEAVY_PAGE);
      await page.addScriptTag({ content: script });
      await page.evaluate(() => window.startAssistant());
      const perScan = Number(await page.evaluate('(() => { const t0 = performance.now(); for (let i = 0; i < 20; i++) window.assistantScan(); return (performance.now() - t0) / 20; })()'));
      lines.push(`one full scan of the page (detect and read Basic SAML, claims, certificates on ${'5,000'} nodes): ${perScan.toFixed(1)} ms; runs at most every 120 ms, and only when a feature's section or a new pane changed`);
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
        Number(await page.evaluate(`(async () => {
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
          const host = await new Promise((resolve) => {
            const look = () => {
              const h = pane.querySelector('[data-entra-sso-assistant="entra/basic-saml"]');
              if (h) resolve(h);
              else requestAnimationFrame(look);
            };
            look();
          });
          const fill = Array.from(host.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent?.startsWith('Fill'));
          fill?.click();
          await new Promise((resolve) => {
            const look = () => {
              const inputs = Array.from(pane.querySelectorAll('input'));
              if (inputs.every((i) => i.value !== '')) resolve();
              else setTimeout(look, 2);
            };
            look();
          });
          return performance.now() - t0;
})()`)),
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    const med = sorted[Math.floor(sorted.length / 2)] ?? 0;
    lines.push(
      `pane rendered → 3 fields filled: median ${med.toFixed(0)} ms (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)}; includes the 120 ms mutation throttle and the Fill click); target ≤ 300 ms → ${med <= 300 ? 'met' : 'NOT met'}`,
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
