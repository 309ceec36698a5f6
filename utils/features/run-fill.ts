import type { FieldResult } from '@/utils/dom/field-result';
import { nextPaint } from '@/utils/dom/next-paint';
import type { FillPlan } from '@/utils/messages/fill-plan';
import { displayLabel } from './labels';
import type { FillOptions, PortalFeature } from './types';

/**
 * Fill a feature from a plan: the plan's values are parsed with the feature's
 * own schema first, so a value that is not ready becomes a result the admin
 * can read (with the field's label, never an internal key) instead of a throw.
 */
export async function runFill(feature: PortalFeature, root: ParentNode, plan: FillPlan, opts: FillOptions): Promise<FieldResult[]> {
  const spec = feature.fill;
  if (!spec) return [];
  const raw = spec.values ? spec.values(plan, root) : plan.values;
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'value');
    const label = feature.labels[field];
    return [
      {
        field,
        label: label ? displayLabel(label) : feature.title,
        status: 'failed',
        expected: '',
        problem: `The value is not ready: ${issue?.message ?? 'invalid'}.`,
      },
    ];
  }
  const results = await spec.insert(root, parsed.data, opts);
  // The admin is told to save only once the page has caught up with what was written.
  await nextPaint(root);
  return results;
}
