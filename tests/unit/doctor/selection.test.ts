import { describe, expect, it } from 'vitest';
import { selectedKey } from '@/utils/doctor/selection';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import type { TimelineRow } from '@/utils/doctor/filter';

const entry = (key: string, kind: string): AnalysedItem => ({ key, kind }) as unknown as AnalysedItem;
const rowsOf = (entries: AnalysedItem[]): TimelineRow[] => entries.map((e) => ({ type: 'saml', entry: e }));

const request = entry('0-req', 'AuthnRequest');
const response = entry('1-resp', 'Response');
const later = entry('2-req', 'AuthnRequest');

describe('the row the doctor shows', () => {
  it('follows the newest outcome while nothing is picked', () => {
    const entries = [request, response, later];
    expect(selectedKey({ picked: null, rows: rowsOf(entries), entries, focused: null })).toBe('1-resp');
    expect(selectedKey({ picked: null, rows: rowsOf([request]), entries: [request], focused: null })).toBe('0-req');
    expect(selectedKey({ picked: null, rows: [], entries: [], focused: null })).toBeNull();
  });

  it('keeps the user’s pick while it is on screen, and falls back when a filter hides it', () => {
    const entries = [request, response, later];
    expect(selectedKey({ picked: '2-req', rows: rowsOf(entries), entries, focused: null })).toBe('2-req');
    expect(selectedKey({ picked: '2-req', rows: rowsOf([request, response]), entries, focused: null })).toBe('1-resp');
  });

  it('shows the capture a link focused, until the user picks another row', () => {
    const entries = [request, response, later];
    expect(selectedKey({ picked: null, rows: rowsOf(entries), entries, focused: 0 })).toBe('0-req');
    expect(selectedKey({ picked: '2-req', rows: rowsOf(entries), entries, focused: 0 })).toBe('2-req');
    expect(selectedKey({ picked: null, rows: rowsOf(entries), entries, focused: 7 })).toBe('1-resp');
  });
});
