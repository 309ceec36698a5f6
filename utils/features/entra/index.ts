import type { PortalFeature } from '@/utils/features/types';
import { basicSaml } from './basic-saml';
import { certificates } from './certificates';
import { claims } from './claims';
import { createApp } from './create-app';
import { provisioning } from './provisioning';
import { provisioningCredentials } from './provisioning-credentials';
import { provisioningLogs } from './provisioning-logs';
import { setupApp } from './setup-app';
import { usersGroups } from './users-groups';

/** Every Entra feature, in the order of the setup guide. The Entra content script loads these. */
export const ENTRA_FEATURES: readonly PortalFeature[] = [
  createApp,
  basicSaml,
  claims,
  certificates,
  setupApp,
  usersGroups,
  provisioning,
  provisioningCredentials,
  provisioningLogs,
];
