import { z } from 'zod/mini';

/** Features the content scripts report, named `{portal}/{feature}` like the portal files. */
export const FeatureKey = z.enum([
  'entra/create-app',
  'entra/basic-saml',
  'entra/claims',
  'entra/certificates',
  'entra/setup-app',
  'entra/users-groups',
  'entra/provisioning',
  'entra/provisioning-credentials',
  'justcall/sso',
  'justcall/provisioning',
]);
export type FeatureKey = z.infer<typeof FeatureKey>;
