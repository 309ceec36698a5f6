import path from 'node:path';
import { startCorpusServer } from '@/tests/corpus/server/server';
import { variantUrl, type Variant } from '@/tests/corpus/variant';
import { parseSession, type SetupSession } from '@/utils/setup/session';
import { launchCorpusBrowser, type CorpusBrowser } from './browser';
import { scoreField, type FieldOutcome, type Judged, type SessionFacts } from './score';
import { makeSeed, makeSigningCertificate, type SigningCertificate } from './seed';
import { judgeAll, runStep, waitDrawn, type StepContext } from './steps';

/**
 * Runs the corpus against the built extension: starts the corpus server,
 * launches Chromium with the extension, and per variant seeds the session,
 * opens the page, does what the admin does, and judges what the page would
 * save (or what the extension read into its session).
 */

export interface VariantResult {
  id: string;
  title: string;
  stack: string;
  /** The page drew its form. */
  loaded: boolean;
  /** The page's judge answered (or, for read-only variants, the session could be read). */
  judged: boolean;
  fields: FieldOutcome[];
  notes: string[];
  ms: number;
}

export interface CorpusReport {
  startedAt: string;
  ms: number;
  variants: VariantResult[];
}

export interface RunOptions {
  variants: readonly Variant[];
  /** Called as each variant finishes (for progress lines). */
  onVariant?: (r: VariantResult) => void;
  /** A folder to save a screenshot of each variant's page in, after its steps. */
  screenshots?: string;
}

const CONTROL_TIMEOUT_MS = 12_000;

async function sidePanelSteps(browser: CorpusBrowser): Promise<Record<string, string>> {
  return browser.sidePanel
    .evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('li.step[data-step]')].map((li) => [
          li.getAttribute('data-step') ?? '',
          (li as HTMLElement).innerText,
        ]),
      ),
    )
    .catch(() => ({}));
}

async function runVariant(
  browser: CorpusBrowser,
  variant: Variant,
  cert: SigningCertificate,
  screenshots?: string,
): Promise<VariantResult> {
  const started = Date.now();
  const seed = makeSeed(variant.seed ?? {}, cert, new Date());
  const expectedWithCert = variant.fields.map((f) => (f.certificate ? { ...f, expected: cert.der } : f));
  await browser.seed(seed.session, seed.token);
  const page = await browser.context.newPage();
  const notes: string[] = [];
  const ctx: StepContext = {
    page,
    sidePanel: browser.sidePanel,
    claims: new Map(),
    notes,
    controlTimeoutMs: CONTROL_TIMEOUT_MS,
    session: () => browser.storedSession(),
  };
  try {
    await page.bringToFront();
    await page.goto(variantUrl(variant, variant.top), { waitUntil: 'load' });
    const loaded = await waitDrawn(page, variant.drawTimeoutMs ?? 15_000);
    if (!loaded) notes.push('the page did not draw its form');
    const before: Judged = (await judgeAll(page)) ?? {};
    if (loaded) for (const step of variant.steps) await runStep(ctx, step);
    // Let the last events and the background's writes land.
    await page.waitForTimeout(600);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, `${variant.id}.png`), fullPage: true }).catch(() => undefined);
    const after = await judgeAll(page);
    const facts: SessionFacts = { session: parseStored(await browser.storedSession()), steps: await sidePanelSteps(browser) };
    const needsPage = variant.fields.some((f) => f.source.from === 'page');
    const fields = expectedWithCert.map((spec) =>
      scoreField(spec, before, after ?? {}, facts, ctx.claims.get(`${spec.feature}/${spec.field}`)),
    );
    return {
      id: variant.id,
      title: variant.title,
      stack: variant.stack,
      loaded,
      judged: needsPage ? after !== null : facts.session !== null,
      fields,
      notes,
      ms: Date.now() - started,
    };
  } catch (e) {
    // A variant that breaks (its page failed to load) is reported as not loaded; the others still run.
    notes.push(`the variant could not be run: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    const facts: SessionFacts = { session: null, steps: {} };
    const fields = expectedWithCert.map((spec) => scoreField(spec, {}, {}, facts));
    return {
      id: variant.id,
      title: variant.title,
      stack: variant.stack,
      loaded: false,
      judged: false,
      fields,
      notes,
      ms: Date.now() - started,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

function parseStored(raw: unknown): SetupSession | null {
  return raw === undefined ? null : parseSession(raw, new Date());
}

export async function runCorpus(opts: RunOptions): Promise<CorpusReport> {
  const started = Date.now();
  const server = await startCorpusServer(opts.variants);
  let browser: CorpusBrowser | null = null;
  try {
    browser = await launchCorpusBrowser(server.hostResolverRules);
    const cert = await makeSigningCertificate();
    const variants: VariantResult[] = [];
    for (const variant of opts.variants) {
      const r = await runVariant(browser, variant, cert, opts.screenshots);
      variants.push(r);
      opts.onVariant?.(r);
    }
    return { startedAt: new Date(started).toISOString(), ms: Date.now() - started, variants };
  } finally {
    await browser?.close();
    await server.close();
  }
}
