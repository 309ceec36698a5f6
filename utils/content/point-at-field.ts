import { fillChoice, fillField, type FillFieldOptions } from '@/utils/dom/fill-field';
import type { FieldResult } from '@/utils/dom/field-result';
import { normaliseLabel } from '@/utils/dom/labels';
import { findableName, pointedControl, sectionNameOf, type PointedControl } from '@/utils/dom/pointed-control';
import { findFields } from '@/utils/dom/find-field';
import { displayLabel, variantsFor } from '@/utils/features/labels';
import { detectPageLanguage } from '@/utils/features/language';
import type { PortalFeature } from '@/utils/features/types';
import { FillPlan } from '@/utils/messages/fill-plan';
import { safe, type ControllerContext } from './context';
import { isControlHost } from './control-host';
import { afterFill } from './fill-flow';
import { statedLanguage } from './learned';
import { refreshReadiness } from './readiness';
import { reportable } from './reportable';

/**
 * "Point at the field": when a field was not found, the admin presses the
 * control's button, then clicks the field on the page. The assistant fills it
 * as Fill would (same plan, so the Secret Token still comes only where the
 * background released it; same read-back decision), and remembers the
 * field's name and section as a label variant for next time.
 *
 * Pages are hostile (docs/ARCHITECTURE.md, decision 10): only a trusted click
 * in this frame's own document counts, inside the feature's pane, on a form
 * control; a script's click or key press is ignored, and nothing is learned
 * from a field the admin did not point at. Escape stops waiting.
 */

/** Whether pointing can help with this result: a field of the feature's own label data, not found or not filled. */
export function canPointAt(f: PortalFeature, r: FieldResult): boolean {
  return f.fill !== undefined && f.labels[r.field] !== undefined && (r.status === 'not-found' || r.status === 'failed');
}

/** Waits for the admin's click on the field; `learned` reloads the label data once a variant was stored. */
export function startPointing(
  ctx: ControllerContext,
  f: PortalFeature,
  field: string,
  render: () => void,
  learned: () => Promise<void>,
): void {
  const s = ctx.stateOf(f);
  if (s.busy || !s.anchor || !f.fill || !f.labels[field]) return;
  s.pointing?.cancel();
  const trusted = ctx.deps.isTrusted ?? ((e: Event) => e.isTrusted);
  const listening = new AbortController();
  const cancel = () => {
    listening.abort();
    if (s.pointing?.cancel === cancel) s.pointing = null;
  };
  s.error = null;
  s.pointing = { field, cancel };

  const onClick = (e: Event) => {
    if (!trusted(e)) return;
    const path = e.composedPath();
    // Presses on our own control (Stop pointing) are the control's.
    if (path.some((n) => isControlHost(n as Node))) return;
    const control = pointedControl(path[0] ?? e.target);
    if (!control) return;
    cancel();
    void pointedAt(ctx, f, field, control, render, learned);
  };
  const onKey = (e: Event) => {
    if (!trusted(e) || (e as KeyboardEvent).key !== 'Escape') return;
    // The Escape is ours: the portal's pane must not close under it.
    e.preventDefault();
    e.stopPropagation();
    cancel();
    render();
  };
  ctx.doc.addEventListener('click', onClick, { capture: true, signal: listening.signal });
  ctx.doc.addEventListener('keydown', onKey, { capture: true, signal: listening.signal });
  render();
}

function valueFor(f: PortalFeature, plan: FillPlan, root: ParentNode, field: string): string | null {
  const spec = f.fill;
  if (!spec) return null;
  const parsed = spec.schema.safeParse(spec.values ? spec.values(plan, root) : plan.values);
  if (!parsed.success || typeof parsed.data !== 'object' || parsed.data === null) return null;
  const value = (parsed.data as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

function fillPointed(control: PointedControl, value: string, opts: FillFieldOptions): Promise<FieldResult> {
  if (control.kind === 'textbox') return fillField(control.el, value, opts);
  return fillChoice(control.el, value, { ...opts, kind: control.kind === 'combobox' ? 'combobox' : 'listbox' });
}

/** Another field of the feature that the pointed control already is, by the label data: pointing there would teach a wrong label. */
function otherFieldAt(f: PortalFeature, field: string, control: PointedControl, anchor: Element, lang: string): string | null {
  for (const [key, label] of Object.entries(f.labels)) {
    if (key === field) continue;
    if (findFields(anchor, variantsFor(label, lang), { role: control.kind }).includes(control.el)) return displayLabel(label);
  }
  return null;
}

const NOT_IN_PANE = (title: string) => `That is not a field of ${title}: press Point at the field again and click the field inside it.`;

async function pointedAt(
  ctx: ControllerContext,
  f: PortalFeature,
  field: string,
  control: PointedControl,
  render: () => void,
  learned: () => Promise<void>,
) {
  const s = ctx.stateOf(f);
  const label = f.labels[field];
  if (s.busy || !label) return;
  s.busy = true;
  render();
  try {
    const anchor = s.anchor;
    if (!anchor?.isConnected || !anchor.contains(control.el)) throw new Error(NOT_IN_PANE(f.title));
    const other = otherFieldAt(f, field, control, anchor, detectPageLanguage(ctx.doc).lang);
    if (other !== null) {
      throw new Error(
        `That is the field for ${other}, not ${displayLabel(label)}: press Point at the field again and click the right one.`,
      );
    }
    const plan = FillPlan.safeParse(await ctx.deps.transport.send({ type: 'setup:get-plan', feature: f.id }));
    if (!plan.success) throw new Error('The assistant could not get the values to fill; reopen the side panel and try again.');
    const value = valueFor(f, plan.data, ctx.doc, field);
    if (value === null) {
      throw new Error(
        field === 'secretToken'
          ? "The Secret Token is not released to this page: confirm in the assistant's side panel, then point at the field again."
          : `The assistant has no value for ${displayLabel(label)} yet.`,
      );
    }
    // The name is read before filling: a dropdown's name can include what it holds.
    const name = findableName(control, anchor);
    const [result] = reportable([
      await fillPointed(control, value, { field, label: displayLabel(label), overwrite: s.consent.has(field) }),
    ]);
    if (!result) throw new Error('The assistant could not report what it did.');
    s.results = s.results.some((r) => r.field === field) ? s.results.map((r) => (r.field === field ? result : r)) : [...s.results, result];
    if (result.status === 'filled') s.dirtyAnchor = safe(() => (f.draftMarker ?? f.detect)(ctx.doc), null);
    // Learn only a field that took the value (or held it, or holds another one the admin decides about).
    if (result.status !== 'failed') {
      s.error = await learn(ctx, f, field, name, value, sectionNameOf(control.el, anchor));
      await learned();
    }
    await ctx.send({ type: 'setup:filled', feature: f.id, url: ctx.url(), results: s.results });
    afterFill(ctx, f, s, plan.data.clickSave);
  } catch (err) {
    s.error = err instanceof Error ? err.message : 'Filling the field failed.';
  } finally {
    s.busy = false;
    render();
  }
  await refreshReadiness(ctx, f, render);
}

/** Remembers the pointed field's name; returns why not, or null when it was learned. */
async function learn(
  ctx: ControllerContext,
  f: PortalFeature,
  field: string,
  name: string | null,
  value: string,
  section: string,
): Promise<string | null> {
  const access = ctx.deps.learnedLabels;
  if (!access) return null;
  const cannot = 'Filled; the assistant could not read a name for that field, so it will not find it by itself next time.';
  // A name that is the value itself (a placeholder echoing it) would store a value: never.
  if (!name || normaliseLabel(name) === normaliseLabel(value) || (value.trim() !== '' && name.includes(value.trim()))) return cannot;
  const ok = await access
    .add({ feature: f.id, field, label: name, section: section || f.title, lang: statedLanguage(ctx.doc) })
    .catch(() => false);
  return ok ? null : 'Filled; the assistant could not remember that field for next time.';
}
