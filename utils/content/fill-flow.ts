import { simulateClick } from '@/utils/dom/events';
import { detectPageLanguage } from '@/utils/features/language';
import { runFill } from '@/utils/features/run-fill';
import type { PortalFeature } from '@/utils/features/types';
import { FillPlan } from '@/utils/messages/fill-plan';
import { safe, type ControllerContext } from './context';
import type { FeatureState } from './feature-state';
import { fillsNow, mayCommit } from './control-state';
import { inputOf } from './control-view';
import { clearHighlights, highlight } from './highlight';
import { refreshReadiness } from './readiness';
import { reportable } from './reportable';

/**
 * What happens when the admin clicks Fill (or Replace): ask the background for
 * the plan, fill, report the results, then point at Save. Save is clicked only
 * when the admin turned "Click Save for me" on and nothing is left to decide.
 */

/**
 * Point at the commit buttons once every field is settled (never over a
 * conflict or a missing field), or click Save when the admin turned that on.
 */
export function afterFill(ctx: ControllerContext, f: PortalFeature, s: FeatureState, clickSave: boolean): void {
  clearHighlights(s.commit.map((h) => h.el));
  const unsaved = s.dirtyAnchor !== null && s.results.length > 0 && s.results.every((r) => r.status === 'already-right');
  s.commit = mayCommit(s.results) || unsaved ? safe(() => f.commit?.(ctx.doc) ?? [], []) : [];
  const save = s.commit.find((h) => /^save\b/i.test(h.label));
  if (clickSave && mayCommit(s.results) && save) {
    simulateClick(save.el);
    s.commit = [];
    return;
  }
  for (const h of s.commit) highlight(h.el);
}

/**
 * After a fill, which button comes next can change while the admin works
 * (Test connection passes, then Create is the one): keep pointing at what the
 * feature says now, as long as the fill's results stand.
 */
export function refreshCommit(ctx: ControllerContext, f: PortalFeature, s: FeatureState): void {
  if (s.commit.length === 0 || s.busy) return;
  const now = safe(() => f.commit?.(ctx.doc) ?? [], []);
  if (now.length === s.commit.length && now.every((h, i) => h.el === s.commit[i]?.el)) return;
  clearHighlights(s.commit.map((h) => h.el));
  s.commit = now;
  for (const h of now) highlight(h.el);
}

/** The admin pressed Fill before its values are known: nothing is filled or reported, and the control says why. */
function notReady(s: FeatureState, f: PortalFeature, lacking: string | null): void {
  const from = f.fill?.from ?? 'the other portal';
  s.unready = lacking
    ? `Nothing was filled: ${lacking} is not known yet.`
    : `Nothing was filled: the values this form needs come from ${from}, and the assistant does not have them yet.`;
}

export async function fillFeature(ctx: ControllerContext, f: PortalFeature, render: () => void): Promise<void> {
  const s = ctx.stateOf(f);
  if (!f.fill || s.busy) return;
  if (!fillsNow(inputOf(f, s))) {
    notReady(s, f, null);
    render();
    await refreshReadiness(ctx, f, render);
    return;
  }
  s.busy = true;
  s.error = null;
  s.unready = null;
  render();
  try {
    const plan = FillPlan.safeParse(await ctx.deps.transport.send({ type: 'setup:get-plan', feature: f.id }));
    if (!plan.success) throw new Error('The assistant could not get the values to fill; reopen the side panel and try again.');
    const lang = detectPageLanguage(ctx.doc).lang;
    const outcome = await runFill(f, ctx.doc, plan.data, { replace: s.consent, ...(lang ? { lang } : {}) });
    if (!outcome.ready) {
      notReady(s, f, outcome.field);
      return;
    }
    s.results = reportable(outcome.results);
    if (s.results.some((r) => r.status === 'filled')) s.dirtyAnchor = safe(() => (f.draftMarker ?? f.detect)(ctx.doc), null);
    await ctx.send({ type: 'setup:filled', feature: f.id, url: ctx.url(), results: s.results });
    afterFill(ctx, f, s, plan.data.clickSave);
  } catch (err) {
    s.error = err instanceof Error ? err.message : 'Filling failed.';
  } finally {
    s.busy = false;
    render();
  }
  await refreshReadiness(ctx, f, render);
}
