import { diagnose, type Diagnosis } from '@/utils/doctor/diagnosis';
import { entryToShow, isOutcome } from '@/utils/doctor/shown-entry';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import type { CapturedRecord } from '@/utils/recorder/record';
import type { Verdict } from '@/utils/saml/types';

/**
 * What the wizard says about a test sign-in, from the doctor's analysis of
 * the recorder's records (entries[i] is the analysis of records[i]). Success
 * needs both halves: a Response the doctor finds nothing wrong with, and
 * JustCall's ACS accepting it (an HTTP status below 400: its "Signed in as"
 * page, or a redirect into the app).
 */
export type TestSignInPhase = 'waiting' | 'success' | 'failed' | 'ended';

export interface TestSignInOutcome {
  phase: TestSignInPhase;
  /** One plain sentence for the phase ("Waiting for the sign-in…", "Signed in as …"). */
  note: string;
  /** The doctor's diagnosis of the message that decided the phase, when there is one. */
  diagnosis: Diagnosis | null;
  verdict: Verdict | null;
  /** Who signed in (the email claim, else the NameID), on success. */
  user: string | null;
  /** The capture the diagnosis is about, for "Open in the login doctor". */
  record: { id: string; tabId: number } | null;
}

export const WAITING_NOTE = 'Waiting for the sign-in…';

const EMAIL_CLAIM = /(^|\/)(email|emailaddress|mail)$/i;

function signedInUser(entry: AnalysedItem): string | null {
  const a = entry.analysis?.trustedAssertion;
  if (!a) return null;
  const email = a.attributes.find((x) => EMAIL_CLAIM.test(x.name))?.values[0];
  return email ?? a.nameId?.value ?? null;
}

function refusedDiagnosis(d: Diagnosis, status: number): Diagnosis {
  return {
    ...d,
    tone: 'error',
    headline: `JustCall refused the response (HTTP ${status})`,
    cause:
      'The response from Entra passed every check the assistant makes, but JustCall answered with an error. Its page in the test window says why (for example, a deactivated JustCall user).',
    fix: 'Read the message on JustCall’s page; open the login doctor to see the whole exchange.',
  };
}

export function judgeTestSignIn(input: {
  records: readonly CapturedRecord[];
  entries: readonly AnalysedItem[];
  windowOpen: boolean;
}): TestSignInOutcome {
  const { records, entries, windowOpen } = input;
  const shown = entryToShow(entries);
  const none = { diagnosis: null, verdict: null, user: null, record: null };
  if (!shown) {
    return windowOpen
      ? { phase: 'waiting', note: WAITING_NOTE, ...none }
      : { phase: 'ended', note: 'The test window was closed before any SAML message was captured.', ...none };
  }
  const rec = records[entries.indexOf(shown)];
  const record = rec ? { id: rec.id, tabId: rec.tabId } : null;
  const diagnosis = diagnose(shown);
  const base = { diagnosis, verdict: shown.verdict, user: null, record };

  if (!isOutcome(shown)) {
    // Only the AuthnRequest so far: the user is on Microsoft's sign-in page.
    return windowOpen
      ? { phase: 'waiting', note: `${WAITING_NOTE} JustCall sent the request to Microsoft; sign in in the new window.`, ...base }
      : { phase: 'ended', note: 'The test window was closed before Microsoft answered.', ...base };
  }
  if (diagnosis.tone === 'error') return { phase: 'failed', note: 'The sign-in failed.', ...base };

  const status = rec?.status ?? null;
  if (status !== null && status >= 400) {
    return { phase: 'failed', note: 'The sign-in failed.', ...base, diagnosis: refusedDiagnosis(diagnosis, status) };
  }
  if (status === null) {
    return windowOpen
      ? { phase: 'waiting', note: `${WAITING_NOTE} Entra sent its response; waiting for JustCall’s answer.`, ...base }
      : { phase: 'ended', note: 'The test window was closed before JustCall answered.', ...base };
  }
  const user = signedInUser(shown);
  const checked =
    shown.verdict === 'valid' ? 'The response was valid' : `The response was not verified (${shown.verdict ?? 'no signature verdict'})`;
  return {
    phase: 'success',
    note: `${user ? `Signed in to JustCall as ${user}.` : 'Signed in to JustCall.'} ${checked}${diagnosis.tone === 'warning' ? ', with a warning below.' : '.'}`,
    ...base,
    user,
  };
}
