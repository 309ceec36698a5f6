import { useEffect, useMemo, useState } from 'preact/hooks';
import { EMPTY_EXPECTED, expectedFromSession, mergeExpected, toContext, type ExpectedValues } from '@/utils/doctor/expected';
import type { AnalysisContext } from '@/utils/saml/types';
import { browser } from 'wxt/browser';
import type { CloudId } from '@/utils/hosts';
import { readCloudChoice } from '@/utils/cloud/choice';
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
  // A bare tenant id means the issuer of the cloud the admin chose in the side panel's settings.
  const [cloud, setCloud] = useState<CloudId>('public');
  useEffect(() => {
    // A page without extension storage (a test harness) keeps the public cloud.
    const local = typeof chrome !== 'undefined' && chrome.storage ? browser.storage.local : null;
    if (local) void readCloudChoice(local).then(setCloud);
  }, []);
  useEffect(() => {
    const loadSession = () => void readSetupSession().then((raw) => setSession(expectedFromSession(raw)));
    const loadTyped = () => void readTypedExpected().then(setTypedState);
    loadSession();
    loadTyped();
    return onExpectedSourcesChange((which) => (which === 'session' ? loadSession() : loadTyped()));
  }, []);
  const ctx = useMemo(() => {
    const values = mergeExpected(session?.values ?? null, typed);
    const extra: { replyUrls?: string[]; identifier?: string; cloud: CloudId } = { cloud };
    if (session?.replyUrls.length) extra.replyUrls = session.replyUrls;
    if (session?.identifier) extra.identifier = session.identifier;
    return toContext(values, extra);
  }, [session, typed, cloud]);
  const setTyped = (next: ExpectedValues) => {
    setTypedState(next);
    void saveTypedExpected(next);
  };
  return { typed, fromSession: session?.values ?? null, ctx, setTyped };
}
