import { useEffect, useMemo, useState } from 'preact/hooks';
import { EMPTY_EXPECTED, expectedFromSession, mergeExpected, toContext, type ExpectedValues } from '@/utils/doctor/expected';
import type { AnalysisContext } from '@/utils/saml/types';
import { onExpectedSourcesChange, readSetupSession, readTypedExpected, saveTypedExpected } from './platform';

/**
 * What the login should look like: the setup session's values and the typed
 * ones (kept in storage.local), re-read when either changes elsewhere, merged
 * field by field into the analysis context.
 */
export function useExpected(): {
  typed: ExpectedValues;
  fromSession: ExpectedValues | null;
  ctx: AnalysisContext;
  setTyped(next: ExpectedValues): void;
} {
  const [typed, setTypedState] = useState<ExpectedValues>(EMPTY_EXPECTED);
  const [session, setSession] = useState<ReturnType<typeof expectedFromSession>>(null);
  useEffect(() => {
    const loadSession = () => void readSetupSession().then((raw) => setSession(expectedFromSession(raw)));
    const loadTyped = () => void readTypedExpected().then(setTypedState);
    loadSession();
    loadTyped();
    return onExpectedSourcesChange((which) => (which === 'session' ? loadSession() : loadTyped()));
  }, []);
  const ctx = useMemo(() => {
    const values = mergeExpected(session?.values ?? null, typed);
    const extra: { replyUrls?: string[]; identifier?: string } = {};
    if (session?.replyUrls.length) extra.replyUrls = session.replyUrls;
    if (session?.identifier) extra.identifier = session.identifier;
    return toContext(values, extra);
  }, [session, typed]);
  const setTyped = (next: ExpectedValues) => {
    setTypedState(next);
    void saveTypedExpected(next);
  };
  return { typed, fromSession: session?.values ?? null, ctx, setTyped };
}
