import { describe, expect, it } from 'vitest';
import { evaluateWatch } from '@/utils/cert-watch/evaluate';
import { daysLeft, expiryLevel } from '@/utils/cert-watch/schedule';
import { alertKey } from '@/utils/cert-watch/state';
import { alertToNotify } from '@/utils/cert-watch/notify';
import { EMPTY_WATCH } from '@/utils/cert-watch/state';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
const inDays = (d: number) => new Date(NOW.getTime() + d * DAY).toISOString();
const cert = (d: number, sha1 = 'AA11BB22CC33DD44EE55FF6677889900AABBCCDD') => ({
  sha1,
  notAfter: inDays(d),
  subject: 'CN=Microsoft Azure Federated SSO Certificate',
});

describe('expiry thresholds', () => {
  it.each([
    [365, { kind: 'ok' }],
    [60.5, { kind: 'ok' }],
    [60, { kind: 'expiring', within: 60 }],
    [31, { kind: 'expiring', within: 60 }],
    [30, { kind: 'expiring', within: 30 }],
    [20, { kind: 'expiring', within: 30 }],
    [8, { kind: 'expiring', within: 30 }],
    [7, { kind: 'expiring', within: 7 }],
    [0.5, { kind: 'expiring', within: 7 }],
    [0, { kind: 'expired' }],
    [-3, { kind: 'expired' }],
  ])('%s days left → %o', (days, level) => {
    expect(expiryLevel(inDays(days), NOW)).toEqual(level);
  });

  it('counts a part day as a day, and says nothing for an unreadable date', () => {
    expect(daysLeft(inDays(20), NOW)).toBe(20);
    expect(daysLeft(inDays(19.9), NOW)).toBe(20);
    expect(daysLeft(inDays(19), NOW)).toBe(19);
    expect(daysLeft('not a date', NOW)).toBeNull();
    expect(expiryLevel('not a date', NOW)).toEqual({ kind: 'ok' });
  });
});

describe('the watch alert', () => {
  it('warns at once when Entra signs with a certificate JustCall does not hold, before any expiry', () => {
    expect(evaluateWatch(cert(400), '1111111111111111111111111111111111111111', NOW)).toEqual({
      kind: 'mismatch',
      active: 'AA11BB22CC33DD44EE55FF6677889900AABBCCDD',
      held: '1111111111111111111111111111111111111111',
    });
    expect(evaluateWatch(cert(5), '1111111111111111111111111111111111111111', NOW)?.kind).toBe('mismatch');
  });

  it('compares thumbprints however they are written', () => {
    expect(evaluateWatch(cert(400), 'aa:11:bb:22:cc:33:dd:44:ee:55:ff:66:77:88:99:00:aa:bb:cc:dd', NOW)).toBeNull();
  });

  it('warns on expiry when JustCall holds the active certificate, or when what it holds is unknown', () => {
    expect(evaluateWatch(cert(20), 'AA11BB22CC33DD44EE55FF6677889900AABBCCDD', NOW)).toEqual({
      kind: 'expiring',
      within: 30,
      days: 20,
      sha1: 'AA11BB22CC33DD44EE55FF6677889900AABBCCDD',
    });
    expect(evaluateWatch(cert(45), null, NOW)).toMatchObject({ kind: 'expiring', within: 60, days: 45 });
    expect(evaluateWatch(cert(3), null, NOW)).toMatchObject({ kind: 'expiring', within: 7, days: 3 });
    expect(evaluateWatch(cert(-1), null, NOW)).toMatchObject({ kind: 'expired' });
    expect(evaluateWatch(cert(61), null, NOW)).toBeNull();
  });

  it('notifies each threshold of each certificate once', () => {
    const at30 = evaluateWatch(cert(20), null, NOW);
    const at7 = evaluateWatch(cert(6), null, NOW);
    if (!at30 || !at7) throw new Error('expected alerts');
    const state = { ...EMPTY_WATCH, alert: at30 };
    expect(alertToNotify(state)).toBe(alertKey(at30));
    expect(alertToNotify({ ...state, notified: [alertKey(at30)] })).toBeNull();
    // Crossing into the next threshold notifies again; a day less within the same one does not.
    expect(alertToNotify({ ...state, alert: at7, notified: [alertKey(at30)] })).toBe(alertKey(at7));
    const at19 = evaluateWatch(cert(19), null, NOW);
    if (!at19) throw new Error('expected an alert');
    expect(alertKey(at19)).toBe(alertKey(at30));
    expect(alertToNotify({ ...EMPTY_WATCH })).toBeNull();
  });
});
