import { describe, expect, it } from 'vitest';
import { parseWith } from '@/utils/messages/parse';
import { TestRun, runRecords, withTabs } from '@/utils/test-sign-in/run';
import { doctorFocusHash, parseDoctorFocus } from '@/utils/test-sign-in/doctor-link';
import { errorPageRecord, requestRecord } from './flow';

const RUN: TestRun = { id: 'r1', windowId: 5, tabIds: [7], startedAt: 1_000_000, incognito: false };

describe('the test run', () => {
  it('keeps only its own tabs’ records since it started, oldest first', () => {
    const mine = requestRecord('_a', 1_000_500, 7);
    const later = errorPageRecord(50011, 1_002_000, 7);
    const otherTab = requestRecord('_b', 1_000_600, 8);
    const before = requestRecord('_c', 990_000, 7);
    expect(runRecords(RUN, [later, otherTab, before, mine]).map((r) => r.id)).toEqual([mine.id, later.id]);
  });

  it('adds tabs opened later in the window, once each', () => {
    expect(withTabs(RUN, [7, 9, 9]).tabIds).toEqual([7, 9]);
    expect(withTabs(RUN, []).tabIds).toEqual([7]);
  });

  it('reads a stored run, and nothing from junk', () => {
    expect(parseWith(TestRun, RUN)).toEqual(RUN);
    expect(parseWith(TestRun, { ...RUN, windowId: 'x' })).toBeNull();
    expect(parseWith(TestRun, undefined)).toBeNull();
  });
});

describe('the link into the login doctor', () => {
  it('round-trips a tab and a capture', () => {
    const hash = doctorFocusHash({ tabId: 42, recordId: 'wr-1.2&x' });
    expect(hash).toBe('#tab=42&record=wr-1.2%26x');
    expect(parseDoctorFocus(hash)).toEqual({ tabId: 42, recordId: 'wr-1.2&x' });
    expect(parseDoctorFocus('#tab=42')).toEqual({ tabId: 42 });
  });

  it('ignores a hash that names no tab or a bad one', () => {
    expect(parseDoctorFocus('')).toBeNull();
    expect(parseDoctorFocus('#record=abc')).toBeNull();
    expect(parseDoctorFocus('#tab=abc')).toBeNull();
    expect(parseDoctorFocus('#tab=1.5')).toBeNull();
    expect(parseDoctorFocus(`#tab=1&record=${'x'.repeat(81)}`)).toBeNull();
  });
});
