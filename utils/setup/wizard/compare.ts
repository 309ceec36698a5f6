/** Thumbprints are shown with spaces or colons and in either case; compare them bare. */
export function sameThumbprint(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const bare = (s: string) => s.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return bare(a) !== '' && bare(a) === bare(b);
}

/** Entra compares Identifiers and Reply URLs exactly; a trailing slash is a different value. */
export function differsOnlyBySlash(a: string, b: string): boolean {
  return a !== b && a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}
