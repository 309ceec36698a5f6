import type { SetupSession } from '@/utils/setup/session';
import { text } from '@/utils/setup/wizard/observations';

/** The thumbprint JustCall's saved SSO settings showed as uploaded, if the page said: what JustCall holds. */
export function heldThumbprint(session: SetupSession): string | null {
  const obs = session.observations['justcall/sso'];
  return obs?.saved ? text(obs, 'certificateThumbprint') : null;
}
