import { startCorpusServer } from '@/tests/corpus/server/server';
import { variantUrl, type Variant } from '@/tests/corpus/variant';
import { launchCorpusBrowser } from './browser';
import { makeSeed, makeSigningCertificate } from './seed';
import { judgeAll, runStep, waitDrawn, type StepContext } from './steps';

/**
 * Checks the corpus' judges themselves, with no Fill pressed: in every
 * variant whose fields are judged on the page, a value written into the
 * inputs' DOM without events must not reach the judge, and a value the
 * admin types (real key events, then leaving the field, which fires
 * `change`) must. Otherwise a judge would flatter or slander the engine.
 */

export interface JudgeCheck {
  id: string;
  /** Visible text inputs and text areas the admin can type into (after the story's own clicks), in any frame. */
  inputs: number;
  /** Values written without events that the judge nevertheless reports. */
  leaked: string[];
  /** How many of the typed values the judge reports. */
  typedSeen: number;
}

const EDITABLE = 'input:not([type]), input[type=text], input[type=url], input[type=password], textarea';

const mentions = (judged: unknown, value: string): boolean => JSON.stringify(judged ?? {}).includes(value);

export async function checkJudges(variants: readonly Variant[]): Promise<JudgeCheck[]> {
  // The 20 s view draws the same form as frames-late-nested; waiting for it here would only cost time.
  const onPage = variants.filter((v) => v.fields.some((f) => f.source.from === 'page') && (v.drawTimeoutMs ?? 0) <= 15_000);
  const server = await startCorpusServer(onPage);
  const browser = await launchCorpusBrowser(server.hostResolverRules);
  const out: JudgeCheck[] = [];
  try {
    const cert = await makeSigningCertificate();
    for (const variant of onPage) {
      const seed = makeSeed(variant.seed ?? {}, cert, new Date());
      await browser.seed(seed.session, seed.token);
      const page = await browser.context.newPage();
      try {
        await page.goto(variantUrl(variant, variant.top));
        await waitDrawn(page, variant.drawTimeoutMs ?? 15_000);
        // The admin's own clicks of the story ("New configuration") draw the form first.
        const ctx: StepContext = {
          page,
          sidePanel: browser.sidePanel,
          claims: new Map(),
          notes: [],
          controlTimeoutMs: 0,
          session: () => browser.storedSession(),
        };
        for (const step of variant.steps) if (step.kind === 'click') await runStep(ctx, step);
        const inputs = [];
        for (const frame of page.frames()) {
          for (const loc of await frame.locator(EDITABLE).all()) {
            if ((await loc.isVisible()) && (await loc.isEditable())) inputs.push(loc);
          }
        }
        const bare = inputs.map((_l, i) => `bare-write-${i}`);
        for (const [i, loc] of inputs.entries()) await loc.evaluate((el, v) => ((el as HTMLInputElement).value = v), bare[i] ?? '');
        const afterBare = await judgeAll(page);
        const leaked = bare.filter((v) => mentions(afterBare, v));
        const typed = inputs.map((_l, i) => `typed-${i}`);
        for (const [i, loc] of inputs.entries()) {
          await loc.fill(typed[i] ?? '');
          await loc.blur();
        }
        const afterTyping = await judgeAll(page);
        out.push({ id: variant.id, inputs: inputs.length, leaked, typedSeen: typed.filter((v) => mentions(afterTyping, v)).length });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
