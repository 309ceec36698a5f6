import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { basicSamlMismatches } from './basic-saml';
import { claimMismatches } from './claims';
import { certificateMismatches } from './certificate';
import { justcallMismatches } from './justcall-sso';
import { assignmentMismatches } from './assignment';
import { scimMismatches } from './scim';

/** Every cross-portal mismatch, in step order; each comes with its fix. */
export function deriveMismatches(session: SetupSession): Mismatch[] {
  return [
    ...basicSamlMismatches(session),
    ...claimMismatches(session),
    ...certificateMismatches(session),
    ...justcallMismatches(session),
    ...assignmentMismatches(session),
    ...scimMismatches(session),
  ];
}
