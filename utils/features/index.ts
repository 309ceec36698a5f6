import type { FeatureId } from '@/utils/setup/feature-id';
import { STEP_IDS } from '@/utils/setup/steps';
import { ENTRA_FEATURES } from './entra';
import { JUSTCALL_FEATURES } from './justcall';
import type { PortalFeature } from './types';

/**
 * Every portal feature, for the background (fill plans, observations) and the
 * side panel (mismatch rules, steps). Each content script loads only its own
 * portal's list (./entra, ./justcall).
 */
export const FEATURES: readonly PortalFeature[] = [...ENTRA_FEATURES, ...JUSTCALL_FEATURES];

const BY_ID = new Map<FeatureId, PortalFeature>(FEATURES.map((f) => [f.id, f]));

export function featureById(id: FeatureId): PortalFeature | null {
  return BY_ID.get(id) ?? null;
}

/** The features whose observations and fills belong to a step. */
export function featuresOfStep(step: (typeof STEP_IDS)[number]): PortalFeature[] {
  return FEATURES.filter((f) => f.step === step || f.alsoSteps?.includes(step));
}
