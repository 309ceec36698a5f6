import { JUSTCALL_DEFAULTS } from '@/utils/setup/profile';
import type { SetupSession, ValueKey, ValueSource } from '@/utils/setup/session';

/** A value carried from a page, else JustCall's documented default where there is one. */
export function expectedValue(session: SetupSession, key: ValueKey): string | null {
  const carried = session.values[key]?.value;
  if (carried) return carried;
  if (key === 'entityId') return JUSTCALL_DEFAULTS.entityId;
  if (key === 'acsUrl') return JUSTCALL_DEFAULTS.acsUrl;
  if (key === 'signOnUrl') return JUSTCALL_DEFAULTS.signOnUrl;
  if (key === 'appName') return JUSTCALL_DEFAULTS.appName;
  return null;
}

export function expectedSource(session: SetupSession, key: ValueKey): ValueSource | null {
  const carried = session.values[key];
  if (carried) return carried.source;
  if (key === 'entityId' || key === 'acsUrl') return { kind: 'default', note: "JustCall's documented default" };
  if (key === 'signOnUrl') return { kind: 'default', note: 'The sign-on URL the setup guide gives' };
  if (key === 'appName') return { kind: 'default', note: 'The name the setup guide gives' };
  return null;
}
