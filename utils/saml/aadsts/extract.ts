/** Every AADSTS code mentioned in a text, in order of first appearance, without repeats. */
export function extractAadstsCodes(text: string): number[] {
  const seen = new Set<number>();
  for (const m of text.matchAll(/AADSTS(\d{4,9})/gi)) {
    if (m[1]) seen.add(Number(m[1]));
  }
  return [...seen];
}
