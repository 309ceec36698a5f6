import type { FillPlan } from '@/utils/messages/fill-plan';
import type { FeatureId } from '@/utils/setup/feature-id';
import type { FillOptions } from '@/utils/features/types';

/** A fill plan as the background would send it, for feature tests. */
export function planOf(feature: FeatureId, values: Record<string, string>, extra: Partial<FillPlan> = {}): FillPlan {
  return { feature, values, sources: {}, certificate: null, secretToken: null, clickSave: false, missing: [], ...extra };
}

/** Fill options: nothing agreed to be replaced, unless named. */
export function opts(...replace: string[]): FillOptions {
  return { replace: new Set(replace) };
}
