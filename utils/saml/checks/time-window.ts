import type { Assertion, Finding } from '@/utils/saml/types';
import { humanDuration, identityAssertion, parseTime, untrustedNote } from './helpers';
import type { CheckInput } from './types';

const ONE_DAY = 24 * 3600 * 1000;

function when(ms: number): string {
  return new Date(ms).toISOString();
}

/** The moment a message is judged at, with the skew allowed and how to name it. */
interface Frame {
  now: number;
  skew: number;
  skewSeconds: number;
  /** "the time it was checked (...)" or "the time given (...)". */
  nowWords: string;
  /** Appended when the assertion is not covered by a valid signature. */
  note: string;
}

function notYetValid(f: Frame, notBefore: number | null): Finding | null {
  if (notBefore === null || f.now + f.skew >= notBefore) return null;
  return {
    id: 'time.not-yet-valid',
    severity: 'error',
    title: 'The assertion is not valid yet',
    detail: `It is valid from ${when(notBefore)}, which is ${humanDuration(notBefore - f.now)} after ${f.nowWords}, more than the ${f.skewSeconds} s allowed. The clocks differ: Entra’s clock is ahead, or the checking machine’s clock is behind.${f.note}`,
    fix: 'Set the clock of the machine that checks the response (JustCall’s side, or this computer when testing) to the correct time with automatic time sync; Entra’s clock is normally right.',
    step: null,
  };
}

function expired(f: Frame, notOnOrAfter: number | null): Finding | null {
  if (notOnOrAfter === null || f.now - f.skew < notOnOrAfter) return null;
  const old = f.now - notOnOrAfter > ONE_DAY;
  return {
    id: 'time.expired',
    severity: 'error',
    title: 'The assertion has expired',
    detail: `It was valid until ${when(notOnOrAfter)}, ${humanDuration(f.now - notOnOrAfter)} before ${f.nowWords}.${
      old
        ? ' That is long ago: if you are looking at an old capture this is expected; judge it at its capture time instead.'
        : ' Either the response was used late (a replayed or stale sign-in), or the checking clock is ahead.'
    }${f.note}`,
    fix: old
      ? 'Analyse it against the time it was captured (doctor --now, or import the HAR, which carries capture times), or capture a fresh sign-in.'
      : 'Start a fresh sign-in from JustCall. If it keeps failing, check the clock of the checking machine.',
    step: null,
  };
}

/** The first bearer confirmation that has run out, unless it ends when the assertion does and that was already said. */
function confirmationExpired(f: Frame, assertion: Assertion, alreadySaid: number | null): Finding | null {
  for (const sc of assertion.subjectConfirmations) {
    const limit = parseTime(sc.notOnOrAfter);
    if (limit === null || f.now - f.skew < limit) continue;
    if (limit === alreadySaid) continue;
    return {
      id: 'time.confirmation-expired',
      severity: 'error',
      title: 'The bearer confirmation has expired',
      detail: `SubjectConfirmationData says the assertion may be delivered until ${when(limit)}, ${humanDuration(f.now - limit)} before ${f.nowWords}.${f.note}`,
      fix: 'Start a fresh sign-in from JustCall; if it keeps happening, check the clock of the checking machine.',
      step: null,
    };
  }
  return null;
}

/** A bearer confirmation whose NotBefore is still ahead (the profile forbids NotBefore there; strict SPs refuse a future one). */
function confirmationNotYetValid(f: Frame, assertion: Assertion): Finding | null {
  for (const sc of assertion.subjectConfirmations) {
    const from = parseTime(sc.notBefore);
    if (from === null || f.now + f.skew >= from) continue;
    return {
      id: 'time.confirmation-not-yet-valid',
      severity: 'error',
      title: 'The bearer confirmation is not valid yet',
      detail: `SubjectConfirmationData says the assertion may be delivered from ${when(from)}, ${humanDuration(from - f.now)} after ${f.nowWords}, more than the ${f.skewSeconds} s allowed.${f.note}`,
      fix: 'Set the clock of the machine that checks the response to the correct time with automatic time sync; if the clocks are right, the message was altered.',
      step: null,
    };
  }
  return null;
}

/** The session the IdP granted has ended: JustCall must not start a session from this assertion. */
function sessionExpired(f: Frame, assertion: Assertion): Finding | null {
  const until = parseTime(assertion.authn?.sessionNotOnOrAfter);
  if (until === null || f.now - f.skew < until) return null;
  return {
    id: 'time.session-expired',
    severity: 'error',
    title: 'The sign-in session the assertion grants has already ended',
    detail: `The AuthnStatement’s SessionNotOnOrAfter is ${when(until)}, ${humanDuration(f.now - until)} before ${f.nowWords}; a service provider must not start a session from it.${f.note}`,
    fix: 'Start a fresh sign-in from JustCall; if it keeps happening, check the clock of the checking machine.',
    step: null,
  };
}

/** An estimate of the clock difference, from IssueInstant against an observed time, when it is beyond the skew and within a day. */
function clockDifference(f: Frame, issueInstant: number, otherFindings: boolean): Finding | null {
  const ahead = issueInstant - f.now;
  // Beyond a day the message is simply old (or from the far future), not a clock problem.
  if (Math.abs(ahead) <= f.skew || Math.abs(ahead) >= ONE_DAY || (ahead <= 0 && !otherFindings)) return null;
  return {
    id: 'time.clock-difference',
    severity: ahead > 0 ? 'warning' : 'info',
    title: ahead > 0 ? 'Entra’s clock looks ahead of this machine' : 'The message was checked a while after it was issued',
    detail:
      ahead > 0
        ? `The message says it was issued at ${when(issueInstant)}, about ${humanDuration(ahead)} after ${f.nowWords}. Estimated clock difference: Entra is about ${humanDuration(ahead)} ahead (an estimate; network delay is ignored).`
        : `It was issued at ${when(issueInstant)}, about ${humanDuration(ahead)} before ${f.nowWords}. If that is not how long the browser took, the checking clock is about that much ahead.`,
    fix: 'Turn on automatic time synchronisation on the machine whose clock is off.',
    step: null,
  };
}

/**
 * NotBefore / NotOnOrAfter / SubjectConfirmationData NotBefore and NotOnOrAfter / SessionNotOnOrAfter against
 * "now" with the allowed skew, and an estimate of the clock difference
 * between Entra and the machine that saw the message.
 */
export function checkTimeWindow(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source) return [];
  const { assertion, trusted } = source;
  const now = input.nowMs;
  const frame: Frame = {
    now,
    skew: input.ctx.skewSeconds * 1000,
    skewSeconds: input.ctx.skewSeconds,
    nowWords: input.nowIsObserved ? `the time it was checked (${when(now)})` : `the time given (${when(now)})`,
    note: trusted ? '' : untrustedNote(input),
  };
  const notOnOrAfter = parseTime(assertion.conditions?.notOnOrAfter);
  const expiry = expired(frame, notOnOrAfter);
  const findings = [
    notYetValid(frame, parseTime(assertion.conditions?.notBefore)),
    expiry,
    confirmationExpired(frame, assertion, expiry ? notOnOrAfter : null),
    confirmationNotYetValid(frame, assertion),
    sessionExpired(frame, assertion),
  ].filter((f): f is Finding => f !== null);
  const issueInstant =
    parseTime(assertion.issueInstant) ?? parseTime(input.model?.kind === 'Response' ? input.model.issueInstant : undefined);
  if (issueInstant !== null && input.nowIsObserved) {
    const clock = clockDifference(frame, issueInstant, findings.length > 0);
    if (clock) findings.push(clock);
  }
  return findings;
}
