import type { StepInfo } from '@/utils/setup/steps';

/**
 * The numbers the step cards show. JustCall's guide has one step 3 for what
 * the assistant shows as three cards: they read 3a, 3b, 3c, so no two cards
 * share a number. The optional SCIM step is the guide's step 6.
 */
export function stepNumbers(steps: readonly Pick<StepInfo, 'id' | 'guideStep' | 'optional'>[]): Map<string, string> {
  const out = new Map<string, string>();
  const shared = (g: string) => steps.filter((s) => !s.optional && s.guideStep === g).length > 1;
  const seen = new Map<string, number>();
  for (const s of steps) {
    if (s.optional) {
      out.set(s.id, '6 (optional)');
      continue;
    }
    const n = seen.get(s.guideStep) ?? 0;
    seen.set(s.guideStep, n + 1);
    out.set(s.id, shared(s.guideStep) ? `${s.guideStep}${String.fromCharCode(97 + n)}` : s.guideStep);
  }
  return out;
}

/** The heading's count: the required steps done, and the optional one said apart so finishing it shows. */
export function stepsCount(steps: readonly { optional: boolean; state: string }[]): string {
  const required = steps.filter((s) => !s.optional);
  const done = required.filter((s) => s.state === 'done').length;
  const optional = steps.filter((s) => s.optional);
  const extra = optional.length === 0 ? '' : optional.every((s) => s.state === 'done') ? '; optional SCIM done' : '; SCIM optional';
  return `${done} of ${required.length} required steps done${extra}`;
}
