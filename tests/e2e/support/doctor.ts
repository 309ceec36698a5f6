import type { Page } from '@playwright/test';
import type { ExtensionHelpers } from './fixtures';
import type { StartedWorld } from '@/tests/world/server/server';
import { JUSTCALL_ACS_URL, JUSTCALL_ENTITY_ID } from '@/tests/world/server/store';

/** The doctor's typed-in expected values key (components/doctor/pipeline/expected.ts). */
export const EXPECTED_KEY = 'doctor.expected.v1';

/** What JustCall is configured with in the world: the values a support engineer would type in. */
export function justcallExpected(world: StartedWorld) {
  const sso = world.runtime.state.justcall.sso;
  return {
    entityId: JUSTCALL_ENTITY_ID,
    acsUrl: JUSTCALL_ACS_URL,
    tenantOrIssuer: world.runtime.state.tenant.id,
    certificates: sso.certificatePem ? [{ label: 'Certificate uploaded to JustCall', cert: sso.certificatePem }] : [],
  };
}

export async function setExpected(ext: ExtensionHelpers, value: unknown): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(([k, v]) => chrome.storage.local.set({ [k as string]: v }), [EXPECTED_KEY, value] as const);
}

export interface ShownDiagnosis {
  headline: string;
  step: string | null;
  tone: string;
  text: string;
}

/** Reads the diagnosis the panel page shows (an extension page opened as a tab). */
export async function readDiagnosis(panel: Page): Promise<ShownDiagnosis> {
  const d = panel.getByTestId('diagnosis');
  await d.waitFor();
  return {
    headline: (await panel.getByTestId('diagnosis-headline').textContent()) ?? '',
    step: await panel
      .getByTestId('diagnosis-step')
      .getAttribute('data-step', { timeout: 500 })
      .catch(() => null),
    tone: (await d.getAttribute('data-tone')) ?? '',
    text: (await d.textContent()) ?? '',
  };
}

/** The same, evaluated inside a DevTools panel target. */
export const DIAGNOSIS_IN_PAGE = `(() => {
  const d = document.querySelector('[data-testid=diagnosis]');
  if (!d || document.querySelector('main.doctor')?.dataset.busy === 'true') return null;
  return {
    headline: d.querySelector('[data-testid=diagnosis-headline]')?.textContent ?? '',
    step: d.querySelector('[data-testid=diagnosis-step]')?.getAttribute('data-step') ?? null,
    tone: d.getAttribute('data-tone') ?? '',
    text: d.textContent ?? '',
  };
})()`;

/** A HAR entry of the shape the browser saves, with the given request and a page of text as its response. */
function harEntry(i: number, request: Record<string, unknown>, text: string): string {
  return JSON.stringify({
    startedDateTime: new Date(Date.UTC(2025, 2, 1, 10, 0, 0) + i * 100).toISOString(),
    time: 20,
    request: { method: 'GET', httpVersion: 'HTTP/2', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0, ...request },
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

/** A large HAR of ordinary pages (about `megabytes` MB), for imports that take long enough to interact with. */
export async function writeLargeHar(file: string, megabytes: number): Promise<void> {
  const { createWriteStream } = await import('node:fs');
  const line = '<div class="row"><a href="https://app.justcall.io/x?y=1&amp;z=2">Call “1” é</a><script>var s = "q\\"1";</script></div>\n';
  const page = line.repeat(Math.ceil(50_000 / line.length));
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((res) => (out.write(s) ? res() : out.once('drain', () => res())));
  await write('{"log":{"version":"1.2","creator":{"name":"e2e","version":"1"},"pages":[],"entries":[\n');
  const entries = Math.ceil((megabytes * 1024 * 1024) / 50_000);
  for (let i = 0; i < entries; i++) await write(`${i ? ',\n' : ''}${harEntry(i, { url: `https://app.justcall.io/assets/${i}.js` }, page)}`);
  await write(']}}\n');
  await new Promise<void>((res) => out.end(() => res()));
}

/** A HAR of two ACS POSTs: a message built to stall XML parsers (one element, 100,000 attributes), then a genuine one. */
export function hostileHar(acsUrl: string, genuineResponseXml: string): string {
  const attrs = Array.from({ length: 100_000 }, (_, i) => `a${i}="v"`).join(' ');
  const hostile = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_hostile" ${attrs}/>`;
  const post = (i: number, xml: string) =>
    harEntry(
      i,
      {
        method: 'POST',
        url: acsUrl,
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: `SAMLResponse=${encodeURIComponent(Buffer.from(xml).toString('base64'))}`,
        },
      },
      '<html>ok</html>',
    );
  return `{"log":{"version":"1.2","creator":{"name":"e2e","version":"1"},"pages":[],"entries":[${post(0, hostile)},${post(1, genuineResponseXml)}]}}`;
}
