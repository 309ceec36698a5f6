import { z } from 'zod';
import type { PortalName } from '@/utils/hosts';

/**
 * The setup step model, shared by the setup assistant (which shows the steps)
 * and the login doctor (whose findings point at the step that fixes them).
 * Order follows ../shared/seed/justcall-entra-sso-guide.txt.
 */
export const STEP_IDS = [
  'justcall-sso', // Step 1: enable SSO in JustCall, copy ACS URL and Entity ID
  'create-app', // Step 2: create the Entra enterprise application
  'basic-saml', // Step 3: Basic SAML Configuration
  'claims', // Step 3: Attributes & Claims
  'certificate', // Step 3: SAML Certificates
  'justcall-idp', // Step 4: SSO URL, Issuer, certificate in JustCall
  'assignment', // Step 5: users and groups
  'scim', // Optional: provisioning
] as const;

export const StepId = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepId>;

export interface StepInfo {
  id: StepId;
  /** Number in the guide ("3" for all three parts of Configure SAML SSO). */
  guideStep: string;
  title: string;
  portal: PortalName;
  optional: boolean;
}

export const STEPS: readonly StepInfo[] = [
  { id: 'justcall-sso', guideStep: '1', title: 'Enable SSO in JustCall', portal: 'justcall', optional: false },
  { id: 'create-app', guideStep: '2', title: 'Create the Entra enterprise application', portal: 'entra', optional: false },
  { id: 'basic-saml', guideStep: '3', title: 'Basic SAML Configuration', portal: 'entra', optional: false },
  { id: 'claims', guideStep: '3', title: 'Attributes & Claims', portal: 'entra', optional: false },
  { id: 'certificate', guideStep: '3', title: 'SAML Certificates', portal: 'entra', optional: false },
  { id: 'justcall-idp', guideStep: '4', title: 'Complete the configuration in JustCall', portal: 'justcall', optional: false },
  { id: 'assignment', guideStep: '5', title: 'Assign users and groups', portal: 'entra', optional: false },
  { id: 'scim', guideStep: 'optional', title: 'User provisioning (SCIM)', portal: 'entra', optional: true },
];

export function stepInfo(id: StepId): StepInfo {
  const found = STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`unknown step ${id}`);
  return found;
}
