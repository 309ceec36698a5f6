import { createWriteStream, readFileSync } from 'node:fs';

/**
 * The big HAR for the doctor bench. bench/har.ts (the core's bench) has the
 * same generator but does not export it; when it does (`writeHar`), that one
 * is used instead, so both benches measure the same file.
 */
const SAMPLES = '/work/shared/samples';

function body(i: number): string {
  const line = `<div class="row" data-i="${i}"><a href="https://app.justcall.io/x?y=${i}&amp;z=1">Call “${i}” é</a><script>var s = "q\\"${i}"; if (a < b) { c(); }</script></div>\n`;
  return line.repeat(Math.ceil(50_000 / line.length));
}

function entry(i: number, request: Record<string, unknown>, text: string): string {
  return JSON.stringify({
    startedDateTime: new Date(Date.UTC(2025, 2, 1, 10, 0, 0) + i * 100).toISOString(),
    time: 20,
    request: { method: 'GET', httpVersion: 'HTTP/2', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0, ...request },
    response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/2', headers: [], cookies: [], content: { size: text.length, mimeType: 'text/html', text }, redirectURL: '', headersSize: -1, bodySize: -1 },
    cache: {},
    timings: { send: 0, wait: 15, receive: 5 },
  });
}

async function fallbackWriteHar(file: string): Promise<void> {
  const responseB64 = Buffer.from(readFileSync(`${SAMPLES}/entra/tercen_entra_response_2022_app_cert.xml`, 'utf8')).toString('base64');
  const query = readFileSync(`${SAMPLES}/authnrequests/crewjam_redirect_signed_queryString.txt`, 'utf8').trim();
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((res) => (out.write(s) ? res() : out.once('drain', () => res())));
  await write('{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"pages":[],"entries":[\n');
  for (let i = 0; i < 2000; i++) {
    let e: string;
    if (i % 200 === 10) e = entry(i, { url: `https://login.microsoftonline.com/t/saml2?${query}` }, body(i));
    else if (i % 200 === 110)
      e = entry(i, { method: 'POST', url: 'https://bifrost.justcall.io/passport/login/callback', postData: { mimeType: 'application/x-www-form-urlencoded', text: `SAMLResponse=${encodeURIComponent(responseB64)}&RelayState=r` } }, body(i));
    else e = entry(i, { url: `https://app.justcall.io/assets/${i}.js` }, body(i));
    await write(`${i ? ',\n' : ''}${e}`);
  }
  await write(']}}\n');
  await new Promise<void>((res) => out.end(() => res()));
}

export async function writeBigHar(file: string): Promise<'core' | 'own'> {
  const core = (await import('./har')) as unknown as Record<string, unknown>;
  const gen = core.writeHar;
  if (typeof gen === 'function') {
    await (gen as (f: string) => Promise<void>)(file);
    return 'core';
  }
  await fallbackWriteHar(file);
  return 'own';
}
