import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { recordsToItems } from '@/utils/doctor/records-to-items';
import { useAnalysis } from '@/components/doctor/useAnalysis';
import { contextFromSession } from '@/utils/test-sign-in/context';
import { judgeTestSignIn } from '@/utils/test-sign-in/outcome';
import { TestSignInResult } from './TestSignInResult';
import { useTestSignInRun } from './TestSignInRun';
import { useSetupState } from './useSetupState';
import './TestSignIn.css';

function privateWindowName(): string {
  return /\bEdg\//.test(navigator.userAgent) ? 'InPrivate' : 'Incognito';
}

/** Whether the extension may run in private windows; null until known (or when the browser will not say). */
function useIncognitoAllowed(): boolean | null {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.extension.isAllowedIncognitoAccess().then(setAllowed, () => setAllowed(null));
  }, []);
  return allowed;
}

/**
 * The wizard's last card: a real sign-in in a new window, diagnosed inline by
 * the login doctor's analysis of what the recorder captured in that window,
 * judged against the setup session's values.
 */
export function TestSignIn({ ready }: { ready: boolean }) {
  const { session } = useSetupState();
  const runState = useTestSignInRun();
  const incognitoAllowed = useIncognitoAllowed();
  const ctx = useMemo(() => contextFromSession(session), [session]);
  const items = useMemo(() => recordsToItems(runState.records), [runState.records]);
  const { entries, busy } = useAnalysis(items, ctx);
  // Judge only an analysis of the current records; while it runs, the previous outcome would be stale.
  const outcome =
    runState.run && !busy && entries.length === items.length
      ? judgeTestSignIn({ records: runState.records, entries, windowOpen: runState.windowOpen })
      : null;
  const privateName = privateWindowName();

  return (
    <section class="test-sign-in" aria-labelledby="test-h" data-slot="test-sign-in">
      <h2 id="test-h">Test sign-in</h2>
      <p>
        {ready
          ? 'Everything the assistant can check is done. Sign in as an assigned user to prove it end to end.'
          : 'When the steps above are done, sign in as an assigned user to prove it end to end.'}{' '}
        The sign-in opens in a new window; the assistant watches it and explains the result here.
      </p>
      <div class="tsi-actions">
        <button type="button" class="primary" disabled={runState.starting} onClick={() => void runState.start(false)}>
          Test sign-in
        </button>
        {incognitoAllowed === true && (
          <button type="button" disabled={runState.starting} onClick={() => void runState.start(true)}>
            Test as another user ({privateName === 'InPrivate' ? 'InPrivate' : 'Incognito'} window)
          </button>
        )}
      </div>
      {incognitoAllowed === false && (
        <p class="muted small" data-testid="test-sign-in-incognito-help">
          To test as another user in an {privateName} window, allow the extension there first:{' '}
          {privateName === 'InPrivate' ? (
            <>
              <code>edge://extensions</code> → Entra SSO Assistant → <strong>Allow in InPrivate</strong>.
            </>
          ) : (
            <>
              <code>chrome://extensions</code> → Entra SSO Assistant → <strong>Details</strong> → <strong>Allow in Incognito</strong>.
            </>
          )}
        </p>
      )}
      {runState.error && (
        <p class="tsi-error" role="alert" data-testid="test-sign-in-error">
          {runState.error}
        </p>
      )}
      {runState.run && !outcome && (
        <div class="tsi-result phase-waiting" data-testid="test-sign-in-result" data-phase="waiting" role="status">
          <p class="tsi-note">Waiting for the sign-in…</p>
        </div>
      )}
      {outcome && <TestSignInResult outcome={outcome} />}
      <p class="muted small">
        No window? Open{' '}
        <a class="open-link" href="https://app.justcall.io/login" target="_blank" rel="noreferrer">
          JustCall's sign-in page
        </a>{' '}
        yourself; the login doctor in the browser's developer tools explains any failure.
      </p>
    </section>
  );
}
