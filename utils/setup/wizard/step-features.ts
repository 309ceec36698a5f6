import { featureById, featuresOfStep } from '@/utils/features';
import type { FeatureId, SetupSession } from '@/utils/setup/session';
import type { StepId } from '@/utils/setup/steps';

/** The step whose card shows a feature's fill results (JustCall's SSO form is filled in step 4). */
export function featureStep(feature: FeatureId): StepId {
  return featureById(feature)?.step ?? 'justcall-idp';
}

/** Any of the step's pages seen or filled: enough for "in progress", never for "done". */
export function touched(session: SetupSession, step: StepId): boolean {
  return featuresOfStep(step).some((f) => session.observations[f.id] || session.fills[f.id]);
}
