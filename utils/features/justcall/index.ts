import type { PortalFeature } from '@/utils/features/types';
import { justcallProvisioning } from './provisioning';
import { justcallSso } from './sso';

/** Every JustCall feature. The JustCall content script loads these. */
export const JUSTCALL_FEATURES: readonly PortalFeature[] = [justcallSso, justcallProvisioning];
