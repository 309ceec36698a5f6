import type { Frame, Page } from '@playwright/test';
import { assistant, type AssistantControl, type ControlSnapshot } from '@/tests/e2e/support/control';
import type { Step } from '@/tests/corpus/variant';
import type { FeatureId } from '@/utils/setup/session';
import type { Judged } from './score';

/**
 * What the admin does on a variant's page: real clicks on the page, the
 * assistant's Fill button (through tests/e2e/support/control.ts, since the
 * control lives in a closed shadow root), the side panel's confirmation for the
 * Secret Token. A step that cannot be done is a note, not a crash: the judge
 * then finds the fields not filled.
 */

const FILL = /^Fill from (JustCall|Entra)$/;
const POLL_MS = 250;
/** A control showing the same text this long without Fill will not offer it. */
const SETTLED_MS = 3_000;
/** No control for the feature (or no observation) this long after the page drew: none will come. */
const NO_CONTROL_MS = 6_000;
/** A control that shows nothing this long after Fill is gone. */
const GONE_MS = 2_000;
/** How long a fill may take before its results are read. */
const FILL_RESULT_MS = 20_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 240);
const firstLine = (e: unknown): string => oneLine((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '');

export function docOf(frame: Frame): string | null {
  try {
    return new URL(frame.url()).searchParams.get('doc');
  } catch {
    return null;
  }
}

type CorpusWindow = { __corpusJudge?: () => Record<string, unknown>; __corpusReady?: boolean };

/** Every frame's judge, merged (a variant keeps its state in one frame). */
export async function judgeAll(page: Page): Promise<Judged | null> {
  let merged: Judged | null = null;
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const got = await frame.evaluate(() => (window as unknown as CorpusWindow).__corpusJudge?.() ?? null).catch(() => null);
    if (got) merged = { ...(merged ?? {}), ...(got as Judged) };
  }
  return merged;
}

async function judgeFrames(page: Page): Promise<Set<Frame>> {
  const out = new Set<Frame>();
  for (const frame of page.frames()) {
    const has = await frame.evaluate(() => typeof (window as unknown as CorpusWindow).__corpusJudge === 'function').catch(() => false);
    if (has) out.add(frame);
  }
  return out;
}

/** Waits until the variant's form is drawn (some frame set `__corpusReady`). */
export async function waitDrawn(page: Page, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const frame of page.frames()) {
      const ready = await frame.evaluate(() => (window as unknown as CorpusWindow).__corpusReady === true).catch(() => false);
      if (ready) return true;
    }
    await sleep(POLL_MS);
  }
  return false;
}

export interface StepContext {
  page: Page;
  sidePanel: Page;
  /** What the controls listed after their fills: "feature/field" → status. */
  claims: Map<string, string>;
  notes: string[];
  controlTimeoutMs: number;
  /** The stored setup session (storage.local), unparsed. */
  session: () => Promise<unknown>;
}

/** One AssistantControl per frame, kept across polls (each holds a DevTools session). */
class Controls {
  private readonly byFrame = new Map<Frame, AssistantControl>();
  constructor(
    private readonly page: Page,
    private readonly feature: FeatureId,
  ) {}

  /** The first control (frames holding the variant's state first) that offers Fill, and the last text any control showed. */
  async withFill(): Promise<{ control: AssistantControl | null; last: string }> {
    const preferred = await judgeFrames(this.page);
    const frames = this.page.frames().filter((f) => !f.isDetached());
    frames.sort((a, b) => Number(preferred.has(b)) - Number(preferred.has(a)));
    let last = '';
    for (const frame of frames) {
      let control = this.byFrame.get(frame);
      if (!control) {
        control = assistant(this.page, this.feature, () => (frame.isDetached() ? undefined : frame));
        this.byFrame.set(frame, control);
      }
      const snap: ControlSnapshot = await control.snapshot().catch(() => ({ text: '', buttons: [], fields: [] }));
      if (snap.buttons.some((b) => FILL.test(b))) return { control, last: snap.text };
      if (snap.text) last = snap.text;
    }
    return { control: null, last };
  }

  async detach(): Promise<void> {
    for (const c of this.byFrame.values()) await c.detach();
  }
}

/** The side panel's "A form asks for JustCall's Secret Token", confirmed as the admin would; false when it does not ask. */
async function confirmSecret(ctx: StepContext): Promise<boolean> {
  const prompt = ctx.sidePanel.locator('[data-secret-request]');
  if (!(await prompt.isVisible().catch(() => false))) return false;
  await prompt.getByRole('button', { name: 'Let this form have the token' }).click();
  await prompt.waitFor({ state: 'detached', timeout: 10_000 });
  return true;
}

/** Waits for a control offering Fill; gives up once the controls have settled without it (their text is the note). */
async function findFill(ctx: StepContext, controls: Controls, feature: FeatureId, secret: boolean): Promise<AssistantControl | null> {
  const started = Date.now();
  const until = started + ctx.controlTimeoutMs;
  let last = '';
  let lastChange = started;
  let confirmed = false;
  while (Date.now() < until) {
    const r = await controls.withFill();
    if (r.control) return r.control;
    if (secret && !confirmed && (await confirmSecret(ctx))) {
      confirmed = true;
      lastChange = Date.now();
    }
    if (r.last !== last) {
      last = r.last;
      lastChange = Date.now();
    }
    const settled = last ? Date.now() - lastChange > SETTLED_MS : Date.now() - started > NO_CONTROL_MS;
    if (settled) break;
    await sleep(POLL_MS);
  }
  if (secret && !confirmed) ctx.notes.push(`${feature}: the side panel never asked to release the Secret Token`);
  ctx.notes.push(`${feature}: no control offered Fill${last ? ` (it showed: "${oneLine(last)}")` : ' (no control appeared)'}`);
  return null;
}

async function fill(ctx: StepContext, feature: FeatureId, secret: boolean): Promise<void> {
  const controls = new Controls(ctx.page, feature);
  try {
    const control = await findFill(ctx, controls, feature, secret);
    if (!control) return;
    try {
      await control.click(FILL);
    } catch (e) {
      ctx.notes.push(`${feature}: Fill was offered, but the control went away before it could be pressed (${firstLine(e)})`);
      return;
    }
    // The control lists each field's result once the fill is done; wait until that list stops changing.
    let previous = '';
    let snap: ControlSnapshot = { text: '', buttons: [], fields: [] };
    let goneSince: number | null = null;
    const done = Date.now() + FILL_RESULT_MS;
    while (Date.now() < done) {
      await sleep(400);
      snap = await control.snapshot();
      const now = JSON.stringify(snap.fields);
      if (snap.fields.length > 0 && now === previous) break;
      previous = now;
      // A control that is gone (its frame re-drawn, or unmounted) reports nothing more.
      goneSince = snap.text ? null : (goneSince ?? Date.now());
      if (goneSince !== null && Date.now() - goneSince > GONE_MS) break;
    }
    for (const f of snap.fields) ctx.claims.set(`${feature}/${f.field}`, f.status);
    if (snap.fields.length === 0) ctx.notes.push(`${feature}: after Fill the control listed no field (it showed: "${oneLine(snap.text)}")`);
    for (const f of snap.fields.filter((x) => x.status !== 'filled' && x.status !== 'already-right')) {
      ctx.notes.push(`${feature}: the control reports ${f.field} ${f.status}: "${oneLine(f.text)}"`);
    }
  } finally {
    await controls.detach();
  }
}

async function click(ctx: StepContext, step: Extract<Step, { kind: 'click' }>): Promise<void> {
  const frame = ctx.page.frames().find((f) => !f.isDetached() && docOf(f) === step.doc);
  if (!frame) throw new Error(`no frame for document ${step.doc}`);
  await frame.getByRole(step.role, { name: step.name, exact: true }).first().click({ timeout: 10_000 });
}

/** The admin only looks: wait until the feature's observation is in the session. */
async function read(ctx: StepContext, feature: FeatureId): Promise<void> {
  const until = Date.now() + NO_CONTROL_MS;
  while (Date.now() < until) {
    const s = (await ctx.session().catch(() => null)) as { observations?: Record<string, unknown> } | null;
    if (s?.observations?.[feature]) return;
    await sleep(POLL_MS);
  }
  ctx.notes.push(`${feature}: the extension reported nothing it saw on this page`);
}

export async function runStep(ctx: StepContext, step: Step): Promise<void> {
  try {
    if (step.kind === 'click') await click(ctx, step);
    else if (step.kind === 'fill') await fill(ctx, step.feature, step.confirmSecret === true);
    else await read(ctx, step.feature);
  } catch (e) {
    ctx.notes.push(`${step.kind} ${'feature' in step ? step.feature : step.name}: ${firstLine(e)}`);
  }
}
