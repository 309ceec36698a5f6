import { z } from 'zod/mini';
import type { PortalName } from '@/utils/hosts';

/**
 * The ids of the page features (utils/features), `{portal}/{feature}` like
 * their files. The session keys its observations and fill reports by them;
 * a unit test checks that every registered feature has one and vice versa.
 */
export const FeatureId = z.enum([
  'entra/create-app',
  'entra/basic-saml',
  'entra/claims',
  'entra/certificates',
  'entra/setup-app',
  'entra/users-groups',
  'entra/provisioning',
  'entra/provisioning-credentials',
  'entra/provisioning-logs',
  'justcall/sso',
  'justcall/provisioning',
]);
export type FeatureId = z.infer<typeof FeatureId>;

export function featurePortal(feature: FeatureId): PortalName {
  return feature.startsWith('justcall/') ? 'justcall' : 'entra';
}
