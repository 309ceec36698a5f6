/** Groups event indexes by a key, keeping first-seen order of keys. */
export function groupBy(idx: readonly number[], key: (i: number) => string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of idx) {
    const k = key(i);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/** A finding id part from free text: letters and digits only, bounded. */
export function idPart(s: string): string {
  return s.replace(/[^A-Za-z0-9]+/g, '').slice(0, 80) || 'unknown';
}
