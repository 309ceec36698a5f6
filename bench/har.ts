/**
 * HAR analysis benchmark: a ~100 MB HAR (2,000 entries, 20 SAML messages)
 * read (a) with readFile + JSON.parse, the naive way, and (b) with our
 * streaming reader + full analysis, each in a child process so peak RSS is
 * separate. Targets: (b) within 1.5x of (a)'s time, peak RSS <= 3x the file.
 * Also: decode+verify+check throughput on the real samples.
 * Run alone: npx tsx bench/har.ts
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyseText } from '@/utils/saml/analyse';
import { SAMPLES_DIR } from '@/scripts/lib/shared-dir';

const HERE = dirname(fileURLToPath(import.meta.url));
const SAMPLES = SAMPLES_DIR;
const MB = 1024 * 1024;

/** ~50 KB of page/script text with the quotes, escapes and non-ASCII a real capture has. */
function body(i: number): string {
  const line = `<div class="row" data-i="${i}"><a href="https://app.justcall.io/x?y=${i}&amp;z=1">Call “${i}” é</a><script>var s = "q\\"${i}"; if (a < b) { c(); }</script></div>\n`;
  return line.repeat(Math.ceil(50_000 / line.length));
}

function entry(i: number, request: Record<string, unknown>, text: string): string {
  return JSON.stringify({
    startedDateTime: new Date(Date.UTC(2025, 2, 1, 10, 0, 0) + i * 100).toISOString(),
    time: 20,
    request: {
      method: 'GET',
      httpVersion: 'HTTP/2',
      headers: [{ name: 'Cookie', value: `s=${i}` }],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
      ...request,
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/2',
      headers: [],
      cookies: [],
      content: { size: text.length, mimeType: 'text/html', text },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 15, receive: 5 },
  });
}

/** The benchmark HAR (2,000 entries of ~50 KB, one SAML message in 100); the doctor's panel benches import the same shape, larger. */
export async function writeHar(file: string, entries = 2000): Promise<void> {
  const response = readFileSync(join(SAMPLES, 'entra/tercen_entra_response_2022_app_cert.xml'), 'utf8');
  const responseB64 = Buffer.from(response).toString('base64');
  const query = readFileSync(join(SAMPLES, 'authnrequests/crewjam_redirect_signed_queryString.txt'), 'utf8').trim();
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((res) => (out.write(s) ? res() : out.once('drain', () => res())));
  await write('{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"pages":[],"entries":[\n');
  for (let i = 0; i < entries; i++) {
    let e: string;
    // 20 SAML messages: every 100th entry, alternating AuthnRequest (Redirect) and Response (POST).
    if (i % 200 === 10) e = entry(i, { url: `https://login.microsoftonline.com/t/saml2?${query}` }, body(i));
    else if (i % 200 === 110)
      e = entry(
        i,
        {
          method: 'POST',
          url: 'https://bifrost.justcall.io/passport/login/callback',
          postData: { mimeType: 'application/x-www-form-urlencoded', text: `SAMLResponse=${encodeURIComponent(responseB64)}&RelayState=r` },
        },
        body(i),
      );
    else e = entry(i, { url: `https://app.justcall.io/assets/${i}.js` }, body(i));
    await write(`${i ? ',\n' : ''}${e}`);
  }
  await write(']}}\n');
  await new Promise<void>((res) => out.end(() => res()));
}

const ChildResult = z.object({
  mode: z.string(),
  ms: z.number(),
  startRss: z.number(),
  sampledPeakRss: z.number(),
  maxRss: z.number(),
  messages: z.number(),
});

function child(mode: 'baseline' | 'stream', file: string): z.infer<typeof ChildResult> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'har-child.ts'), mode, file], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  if (r.status !== 0) throw new Error(`${mode} run failed: ${r.stderr.trim().split('\n')[0] ?? r.status}`);
  return ChildResult.parse(JSON.parse(r.stdout.trim().split('\n').pop() ?? ''));
}

async function samplesPerSecond(): Promise<string> {
  const Manifest = z.object({
    samples: z.array(z.object({ file: z.string(), cert: z.string().optional(), signature: z.string().optional() })),
  });
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(SAMPLES, 'manifest.json'), 'utf8')));
  const jobs = manifest.samples
    .filter((s) => s.signature)
    .map((s) => ({
      text: readFileSync(join(SAMPLES, s.file), 'utf8'),
      certs: s.cert && s.cert !== 'embedded' ? [{ label: 'cfg', role: 'configured' as const, cert: certText(join(SAMPLES, s.cert)) }] : [],
    }));
  // Warm up once (certificate cache, JIT), then time.
  for (const j of jobs) await analyseText(j.text, { certificates: j.certs });
  const rounds = 5;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const j of jobs) await analyseText(j.text, { certificates: j.certs });
  const s = (performance.now() - t0) / 1000;
  return `decode+parse+verify+checks on ${jobs.length} real samples x ${rounds}: ${((jobs.length * rounds) / s).toFixed(0)} messages/s`;
}

function certText(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!text.trim().startsWith('<')) return text;
  const m = /<(?:\w+:)?X509Certificate>([^<]+)</.exec(text);
  return m?.[1]?.replace(/\s+/g, '') ?? text;
}

export async function benchHar(): Promise<{ lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-har-'));
  const file = join(dir, 'big.har');
  try {
    await writeHar(file);
    const size = statSync(file).size;
    const base = child('baseline', file);
    const ours = child('stream', file);
    const peak = (r: z.infer<typeof ChildResult>) => Math.max(r.maxRss, r.sampledPeakRss);
    const lines = [
      `HAR: ${(size / MB).toFixed(1)} MB, 2000 entries, 20 SAML messages`,
      `(a) readFile + JSON.parse: ${base.ms.toFixed(0)} ms, peak RSS ${(peak(base) / MB).toFixed(0)} MB`,
      `(b) streaming read + analysis: ${ours.ms.toFixed(0)} ms, peak RSS ${(peak(ours) / MB).toFixed(0)} MB (sampled ${(ours.sampledPeakRss / MB).toFixed(0)} MB), ${ours.messages} messages`,
      `time ratio (b)/(a): ${(ours.ms / base.ms).toFixed(2)}x (target <= 1.5x) ${ours.ms <= 1.5 * base.ms ? 'OK' : 'MISSED'}`,
      `peak RSS (b)/file: ${(peak(ours) / size).toFixed(2)}x (target <= 3x) ${peak(ours) <= 3 * size ? 'OK' : 'MISSED'}; (a)/file: ${(peak(base) / size).toFixed(2)}x`,
      await samplesPerSecond(),
    ];
    return { lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchHar().then(
    ({ lines }) => console.log(lines.join('\n')),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
