import type { FieldResult } from '@/utils/dom/field-result';
import { nextPaint } from '@/utils/dom/next-paint';
import type { FillPlan } from '@/utils/messages/fill-plan';
import { displayLabel } from './labels';
import type { FillOptions, PortalFeature } from './types';

/**
 * Fill a feature from a plan: the plan's values are parsed with the feature's
 * own schema first. A plan that lacks a value the feature cannot do without
 * is "not ready": nothing is inserted and nothing is reported as a field's
 * result, so neither the in-page control nor the side panel says a field
 * "could not be filled" when it was never tried.
 */

/** `field` is the label of the first value that is missing or invalid; `problem` says what is wrong with it. */
export type PlanCheck<Values> = { ready: true; values: Values } | { ready: false; field: string; problem: string };

export function checkPlan(feature: PortalFeature, root: ParentNode, plan: FillPlan): PlanCheck<unknown> {
  const spec = feature.fill;
  if (!spec) return { ready: false, field: feature.title, problem: 'nothing to fill' };
  const raw = spec.values ? spec.values(plan, root) : plan.values;
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { ready: true, values: parsed.data };
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const label = feature.labels[key];
  // A field's label, never its key: the key is ours, the admin knows the label.
  return { ready: false, field: label ? displayLabel(label) : feature.title, problem: issue?.message ?? 'invalid' };
}

export type FillOutcome = { ready: true; results: FieldResult[] } | { ready: false; field: string; problem: string };

export async function runFill(feature: PortalFeature, root: ParentNode, plan: FillPlan, opts: FillOptions): Promise<FillOutcome> {
  const spec = feature.fill;
  const check = checkPlan(feature, root, plan);
  if (!spec || !check.ready) return check.ready ? { ready: true, results: [] } : check;
  const results = await spec.insert(root, check.values, opts);
  // The admin is told to save only once the page has caught up with what was written.
  await nextPaint(root);
  return { ready: true, results };
}
