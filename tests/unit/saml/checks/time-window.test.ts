import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '@/utils/saml/types';
import { checkTimeWindow } from '@/utils/saml/checks/time-window';
import { ACS, ENTITY_ID, ISSUER, NOW, ids, input, signedInput, withTestKey } from './fixtures';

const { key } = withTestKey();
const onConfirmation = (attrs: string) => (x: string) =>
  x.replace('<saml:SubjectConfirmationData ', `<saml:SubjectConfirmationData ${attrs} `);
const onAuthn = (attrs: string) => (x: string) => x.replace('<saml:AuthnStatement ', `<saml:AuthnStatement ${attrs} `);

const at = (iso: string) => Date.parse(iso);

describe('time window check', () => {
  it('is silent inside the window', () => {
    expect(checkTimeWindow(input())).toEqual([]);
  });

  it('reports not-yet-valid beyond the skew, with a clock estimate', () => {
    // Checked 10 minutes before NotBefore (09:55): Entra's clock looks ~15 min ahead of IssueInstant.
    const f = checkTimeWindow(input({ nowMs: at('2025-03-01T09:45:00Z') }));
    expect(ids(f)).toEqual(['time.not-yet-valid', 'time.clock-difference']);
    expect(f[1]?.detail).toContain('15 minutes ahead');
  });

  it('allows NotBefore within the skew (only the clock estimate remains)', () => {
    expect(ids(checkTimeWindow(input({ nowMs: at('2025-03-01T09:53:00Z') })))).toEqual(['time.clock-difference']);
    const strict = AnalysisContext.parse({ entityId: ENTITY_ID, acsUrl: ACS, issuer: ISSUER, certificates: [], skewSeconds: 60 });
    expect(ids(checkTimeWindow(input({ nowMs: at('2025-03-01T09:53:00Z'), ctx: strict })))[0]).toBe('time.not-yet-valid');
  });

  it('reports expiry once when both limits are the same instant', () => {
    const f = checkTimeWindow(input({ nowMs: at('2025-03-01T11:30:00Z') }));
    expect(ids(f)).toEqual(['time.expired', 'time.clock-difference']);
    expect(f[0]?.detail).toContain('25 minutes before');
  });

  it('reports an expired confirmation separately when it ends first', () => {
    const base = input();
    const a = base.trustedAssertion;
    if (!a) throw new Error('fixture');
    const early = { ...a, subjectConfirmations: [{ recipient: ACS, notOnOrAfter: '2025-03-01T10:10:00Z' }] };
    const f = checkTimeWindow(input({ trustedAssertion: early, nowMs: at('2025-03-01T10:30:00Z') }));
    expect(ids(f)).toContain('time.confirmation-expired');
    expect(ids(f)).not.toContain('time.expired');
  });

  it('calls a years-old message old rather than estimating a clock difference', () => {
    const f = checkTimeWindow(input({ nowMs: at('2028-01-01T00:00:00Z') }));
    expect(ids(f)).toEqual(['time.expired']);
    expect(f[0]?.detail).toContain('old capture');
  });

  it('does not estimate a clock difference against a typed-in time', () => {
    const f = checkTimeWindow(input({ nowMs: at('2025-03-01T09:45:00Z'), nowIsObserved: false }));
    expect(ids(f)).toEqual(['time.not-yet-valid']);
    expect(f[0]?.detail).toContain('the time given');
  });

  it('refuses a bearer confirmation whose NotBefore is still ahead, and accepts a past one', async () => {
    const past = await signedInput(key(), { sign: 'assertion', edit: onConfirmation('NotBefore="2025-01-01T09:59:00Z"') });
    expect(checkTimeWindow(past)).toEqual([]);
    const future = await signedInput(key(), { sign: 'assertion', edit: onConfirmation('NotBefore="2025-01-01T10:30:00Z"') });
    expect(future.signature?.verdict).toBe('valid');
    expect(ids(checkTimeWindow(future))).toContain('time.confirmation-not-yet-valid');
  });

  it('refuses an assertion whose session ended already (SessionNotOnOrAfter), and accepts one still running', async () => {
    const running = await signedInput(key(), { sign: 'assertion', edit: onAuthn('SessionNotOnOrAfter="2025-01-01T18:00:00Z"') });
    expect(checkTimeWindow(running)).toEqual([]);
    const ended = await signedInput(key(), { sign: 'assertion', edit: onAuthn('SessionNotOnOrAfter="2025-01-01T09:00:00Z"') });
    expect(ended.signature?.verdict).toBe('valid');
    const f = checkTimeWindow(ended);
    expect(ids(f)).toContain('time.session-expired');
    expect(f.find((x) => x.id === 'time.session-expired')?.detail).toContain('60 minutes before');
  });

  it('uses the fixture time sanity', () => {
    expect(NOW).toBe(at('2025-03-01T10:00:05Z'));
  });
});
