import { SAMPLES_DIR } from '@/scripts/lib/shared-dir';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptySession, type SetupSession } from '@/utils/setup/session';

export const SAMPLES = SAMPLES_DIR;
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const OBJECT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

export function sample(rel: string): string {
  return readFileSync(path.join(SAMPLES, rel), 'utf8');
}

/** The real Entra metadata sample, turned into a tenant-specific document. */
export function tenantMetadata(): string {
  return sample('entra/common_federationmetadata_2017_identitymodel.xml')
    .replaceAll('{tenantid}', TENANT)
    .replaceAll('/common/', `/${TENANT}/`);
}

export const T0 = new Date('2026-01-01T10:00:00.000Z');

export function session(change?: (s: SetupSession) => void): SetupSession {
  const s = emptySession(T0);
  change?.(s);
  return s;
}

export const pageSource = (feature: string, portal: 'entra' | 'justcall' = 'entra') => ({
  kind: 'page' as const,
  portal,
  url: portal === 'entra' ? 'https://entra.microsoft.com/#view/x' : 'https://app.justcall.io/app/settings/security/sso',
  feature,
  at: T0.toISOString(),
});
