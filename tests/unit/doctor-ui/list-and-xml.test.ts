import { describe, expect, it } from 'vitest';
import { moveSelection, scrollToReveal, visibleWindow } from '@/utils/doctor/virtual';
import { visibleRows } from '@/utils/doctor/filter';
import { buildXmlTree, elementsMatching, prettyText, splitMatches } from '@/utils/doctor/xml-tree';
import type { AnalysedItem } from '@/utils/doctor/analysed';

describe('virtual list', () => {
  it('renders only the rows in view plus overscan', () => {
    expect(visibleWindow(1000, 26, 0, 260, 8)).toEqual({ start: 0, end: 19 });
    expect(visibleWindow(1000, 26, 26 * 500, 260, 8)).toEqual({ start: 492, end: 519 });
    expect(visibleWindow(1000, 26, 26 * 999, 260, 8).end).toBe(1000);
    expect(visibleWindow(0, 26, 0, 260)).toEqual({ start: 0, end: 0 });
  });
  it('moves with the keyboard and clamps at the ends', () => {
    expect(moveSelection('ArrowDown', 0, 3, 10)).toBe(1);
    expect(moveSelection('ArrowDown', 2, 3, 10)).toBe(2);
    expect(moveSelection('ArrowUp', -1, 3, 10)).toBe(2);
    expect(moveSelection('End', 0, 3, 10)).toBe(2);
    expect(moveSelection('PageDown', 0, 100, 10)).toBe(10);
    expect(moveSelection('a', 0, 3, 10)).toBeNull();
    expect(moveSelection('ArrowDown', 0, 0, 10)).toBeNull();
  });
  it('scrolls just enough to reveal a row', () => {
    expect(scrollToReveal(0, 26, 100, 260)).toBe(0);
    expect(scrollToReveal(20, 26, 0, 260)).toBe(21 * 26 - 260);
    expect(scrollToReveal(5, 26, 0, 260)).toBe(0);
  });
});

describe('filters', () => {
  const entry = (key: string, kind: string, time: number): AnalysedItem =>
    ({
      key,
      kind,
      time,
      binding: 'HTTP-POST',
      status: 'Success',
      verdict: 'valid',
      item: { url: 'https://x/' },
      findings: [],
    }) as unknown as AnalysedItem;
  it('hides other requests unless All, and searches text', () => {
    const entries = [entry('a', 'AuthnRequest', 1), entry('b', 'Response', 3)];
    const others = [{ key: 'o', time: 2, method: 'GET', url: 'https://app.justcall.io/dashboard', status: 200 }];
    expect(visibleRows(entries, others, true, '').length).toBe(2);
    const all = visibleRows(entries, others, false, '');
    expect(all.map((r) => (r.type === 'saml' ? r.entry.key : r.request.key))).toEqual(['a', 'o', 'b']);
    expect(visibleRows(entries, others, false, 'dashboard').length).toBe(1);
    expect(visibleRows(entries, others, true, 'response').length).toBe(1);
  });
});

describe('XML tree', () => {
  it('refuses a DTD and builds a tree from safe XML', () => {
    expect(buildXmlTree('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>').ok).toBe(false);
    const t = buildXmlTree('<a x="1"><b>text</b><c/></a>');
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(prettyText(t.root)).toBe('<a x="1">\n  <b>text</b>\n  <c/>\n</a>');
    const hits = new Set<number>();
    expect(elementsMatching(t.root, 'TEXT', hits)).toBe(true);
    expect(hits.size).toBe(2);
  });
  it('splits text around matches case-insensitively', () => {
    expect(splitMatches('aXbxc', 'x')).toEqual([
      { text: 'a', match: false },
      { text: 'X', match: true },
      { text: 'b', match: false },
      { text: 'x', match: true },
      { text: 'c', match: false },
    ]);
  });
});
