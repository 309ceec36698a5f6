/**
 * One measured run for bench/har.ts, in its own process so peak RSS is its
 * own: `tsx bench/har-child.ts baseline|stream FILE`. Prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { analyseTrace } from '@/utils/saml/analyse';
import { readCapture } from '@/utils/saml/har/read-capture';
import { fileByteSource } from '@/scripts/lib/file-source';

async function run(mode: string, file: string): Promise<void> {
  let sampled = process.memoryUsage().rss;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 5);
  const startRss = process.memoryUsage().rss;
  const t0 = performance.now();
  let result: unknown;
  let messages = 0;
  if (mode === 'baseline') {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    sampled = Math.max(sampled, process.memoryUsage().rss);
    result = parsed;
  } else {
    const read = await readCapture(fileByteSource(file));
    const trace = await analyseTrace(read.items, { certificates: [] });
    messages = trace.entries.length;
    result = trace;
  }
  const ms = performance.now() - t0;
  sampled = Math.max(sampled, process.memoryUsage().rss);
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    `${JSON.stringify({ mode, ms, startRss, sampledPeakRss: sampled, maxRss, messages, kept: result !== undefined })}\n`,
  );
}

const [mode, file] = process.argv.slice(2);
if (!mode || !file) {
  process.stderr.write('usage: har-child.ts baseline|stream FILE\n');
  process.exitCode = 2;
} else {
  run(mode, file).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
