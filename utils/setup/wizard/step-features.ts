import type { StepId } from '@/utils/setup/steps';
import type { FeatureKey, SetupSession } from '@/utils/setup/session';

/** The page features whose observations and fills belong to each step. */
const FEATURES_OF_STEP: Record<StepId, FeatureKey[]> = {
  'justcall-sso': ['justcall/sso'],
  'create-app': ['entra/create-app'],
  'basic-saml': ['entra/basic-saml'],
  claims: ['entra/claims'],
  certificate: ['entra/certificates', 'entra/setup-app'],
  'justcall-idp': ['justcall/sso'],
  assignment: ['entra/users-groups'],
  scim: ['entra/provisioning', 'entra/provisioning-credentials', 'justcall/provisioning'],
};

/** The step whose card shows a feature's fill results (JustCall's SSO form is filled in step 4). */
export function featureStep(feature: FeatureKey): StepId {
  const found = (Object.entries(FEATURES_OF_STEP) as [StepId, FeatureKey[]][]).find(
    ([step, fs]) => step !== 'justcall-sso' && fs.includes(feature),
  );
  return found ? found[0] : 'justcall-idp';
}

/** Any of the step's pages seen or filled: enough for "in progress", never for "done". */
export function touched(session: SetupSession, step: StepId): boolean {
  return FEATURES_OF_STEP[step].some((f) => session.observations[f] || session.fills[f]);
}
