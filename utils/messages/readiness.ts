import { z } from 'zod/mini';
import { FeatureId } from '@/utils/setup/feature-id';

/**
 * What the background says about one feature, for its in-page control: what
 * the assistant would fill, what it still lacks (and where to get it), the
 * state of the feature's step as the side panel shows it, and where a secret
 * stands. Asked for when a pane appears and whenever the session changes, so
 * the control never contradicts the side panel.
 */

const Text = z.string().check(z.maxLength(512));

export const GetReadiness = z.object({ type: z.literal('setup:get-readiness'), feature: FeatureId });

export const FeatureReadiness = z.object({
  /** Field labels the plan has values for. */
  fills: z.array(Text).check(z.maxLength(40)),
  /** Values the plan still lacks, each "what: where to get it". */
  missing: z.array(Text).check(z.maxLength(40)),
  step: z.object({ state: z.enum(['not-started', 'in-progress', 'done', 'problem']), summary: Text }),
  /** The first problem the side panel shows for the step, in words. */
  problem: z.nullable(Text),
  /** A secret the fill needs: not needed, not read yet, waiting for the admin's confirmation, or released to this frame. */
  secret: z.enum(['none', 'missing', 'confirm', 'released', 'withheld']),
});
export type FeatureReadiness = z.infer<typeof FeatureReadiness>;
