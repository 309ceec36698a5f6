import { describe, expect, it } from 'vitest';
import { observable } from '@/tests/world/client/entra/hosting/observable';

describe('Knockout-style observable', () => {
  it('reads, writes and notifies only on change', () => {
    const o = observable('a');
    const seen: string[] = [];
    const off = o.subscribe((v) => seen.push(v));
    o('b');
    o('b');
    expect(o()).toBe('b');
    expect(seen).toEqual(['b']);
    off();
    o('c');
    expect(seen).toEqual(['b']);
  });
});
