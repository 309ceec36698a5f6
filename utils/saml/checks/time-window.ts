import type { Finding } from '@/utils/saml/types';
import { humanDuration, identityAssertion, parseTime, untrustedNote } from './helpers';
import type { CheckInput } from './types';

const ONE_DAY = 24 * 3600 * 1000;

function when(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * NotBefore / NotOnOrAfter / SubjectConfirmationData NotOnOrAfter against
 * "now" with the allowed skew, and an estimate of the clock difference
 * between Entra and the machine that saw the message.
 */
export function checkTimeWindow(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source) return [];
  const { assertion, trusted } = source;
  const note = trusted ? '' : untrustedNote(input);
  const now = input.nowMs;
  const skew = input.ctx.skewSeconds * 1000;
  const nowWords = input.nowIsObserved ? `the time it was checked (${when(now)})` : `the time given (${when(now)})`;
  const findings: Finding[] = [];

  const notBefore = parseTime(assertion.conditions?.notBefore);
  const notOnOrAfter = parseTime(assertion.conditions?.notOnOrAfter);
  const issueInstant =
    parseTime(assertion.issueInstant) ?? parseTime(input.model?.kind === 'Response' ? input.model.issueInstant : undefined);

  if (notBefore !== null && now + skew < notBefore) {
    findings.push({
      id: 'time.not-yet-valid',
      severity: 'error',
      title: 'The assertion is not valid yet',
      detail: `It is valid from ${when(notBefore)}, which is ${humanDuration(notBefore - now)} after ${nowWords}, more than the ${input.ctx.skewSeconds} s allowed. The clocks differ: Entra’s clock is ahead, or the checking machine’s clock is behind.${note}`,
      fix: 'Set the clock of the machine that checks the response (JustCall’s side, or this computer when testing) to the correct time with automatic time sync; Entra’s clock is normally right.',
      step: null,
    });
  }
  let expiredReported = false;
  if (notOnOrAfter !== null && now - skew >= notOnOrAfter) {
    expiredReported = true;
    const old = now - notOnOrAfter > ONE_DAY;
    findings.push({
      id: 'time.expired',
      severity: 'error',
      title: 'The assertion has expired',
      detail: `It was valid until ${when(notOnOrAfter)}, ${humanDuration(now - notOnOrAfter)} before ${nowWords}.${
        old
          ? ' That is long ago: if you are looking at an old capture this is expected; judge it at its capture time instead.'
          : ' Either the response was used late (a replayed or stale sign-in), or the checking clock is ahead.'
      }${note}`,
      fix: old
        ? 'Analyse it against the time it was captured (doctor --now, or import the HAR, which carries capture times), or capture a fresh sign-in.'
        : 'Start a fresh sign-in from JustCall. If it keeps failing, check the clock of the checking machine.',
      step: null,
    });
  }
  for (const sc of assertion.subjectConfirmations) {
    const limit = parseTime(sc.notOnOrAfter);
    if (limit === null || now - skew < limit) continue;
    if (expiredReported && limit === notOnOrAfter) continue;
    findings.push({
      id: 'time.confirmation-expired',
      severity: 'error',
      title: 'The bearer confirmation has expired',
      detail: `SubjectConfirmationData says the assertion may be delivered until ${when(limit)}, ${humanDuration(now - limit)} before ${nowWords}.${note}`,
      fix: 'Start a fresh sign-in from JustCall; if it keeps happening, check the clock of the checking machine.',
      step: null,
    });
    break;
  }

  if (issueInstant !== null && input.nowIsObserved) {
    const ahead = issueInstant - now;
    // Beyond a day the message is simply old (or from the far future), not a clock problem.
    if (Math.abs(ahead) > skew && Math.abs(ahead) < ONE_DAY && (ahead > 0 || findings.length > 0)) {
      findings.push({
        id: 'time.clock-difference',
        severity: ahead > 0 ? 'warning' : 'info',
        title: ahead > 0 ? 'Entra’s clock looks ahead of this machine' : 'The message was checked a while after it was issued',
        detail:
          ahead > 0
            ? `The message says it was issued at ${when(issueInstant)}, about ${humanDuration(ahead)} after ${nowWords}. Estimated clock difference: Entra is about ${humanDuration(ahead)} ahead (an estimate; network delay is ignored).`
            : `It was issued at ${when(issueInstant)}, about ${humanDuration(ahead)} before ${nowWords}. If that is not how long the browser took, the checking clock is about that much ahead.`,
        fix: 'Turn on automatic time synchronisation on the machine whose clock is off.',
        step: null,
      });
    }
  }
  return findings;
}
