import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SCIM_TOKEN_KEY, SETUP_SESSION_KEY, parseSession, type SetupSession } from '@/utils/setup/session';
import { NO_RELEASE, parseRelease, SECRET_RELEASE_KEY, type SecretRelease } from '@/utils/setup/secret-release';

export interface SetupState {
  session: SetupSession;
  hasScimToken: boolean;
  /** A form waiting for the admin to release the SCIM token to it. */
  release: SecretRelease;
  loaded: boolean;
}

/**
 * The setup session as stored, kept live through storage.onChanged. The panel
 * reads storage itself (it is an extension page) and writes only through the
 * background, which is the session's single writer.
 */
export function useSetupState(): SetupState {
  const [state, setState] = useState<SetupState>({
    session: parseSession(undefined, new Date()),
    hasScimToken: false,
    release: NO_RELEASE,
    loaded: false,
  });
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const [local, session] = await Promise.all([
        browser.storage.local.get(SETUP_SESSION_KEY),
        browser.storage.session.get([SCIM_TOKEN_KEY, SECRET_RELEASE_KEY]),
      ]);
      if (!alive) return;
      setState({
        session: parseSession(local[SETUP_SESSION_KEY], new Date()),
        hasScimToken: session[SCIM_TOKEN_KEY] !== undefined,
        release: parseRelease(session[SECRET_RELEASE_KEY]),
        loaded: true,
      });
    };
    void load();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (
        (area === 'local' && SETUP_SESSION_KEY in changes) ||
        (area === 'session' && (SCIM_TOKEN_KEY in changes || SECRET_RELEASE_KEY in changes))
      )
        void load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return state;
}

/** Sends a setup command to the background; the reply says whether it worked. */
export async function sendSetup(message: Record<string, unknown>): Promise<{ ok: boolean; error?: string }> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
      const r = reply as { ok: unknown; error?: unknown };
      return { ok: r.ok === true, ...(typeof r.error === 'string' ? { error: r.error } : {}) };
    }
    return { ok: false, error: 'No answer from the extension.' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'The extension did not answer.' };
  }
}
