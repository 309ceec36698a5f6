/**
 * The wizard's public names. The logic lives in ./wizard/, one concern per
 * file; this module stays so importers keep one stable path.
 */

export type { ClaimCheck } from './wizard/mismatches/claims';
export type { Mismatch, MissingField, StepState, StepView, ValueView, WizardContext, WizardView } from './wizard/types';
export { checkClaims, EXPECTED_CLAIMS } from './wizard/mismatches/claims';
export { deriveMismatches } from './wizard/mismatches';
export { deriveWizard } from './wizard/derive';
export { describeSource } from './wizard/describe-source';
export { expectedValue } from './wizard/expected';
export { featureStep } from './wizard/step-features';
export { sameThumbprint } from './wizard/compare';
