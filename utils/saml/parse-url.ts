/** The URL, or null for text that is not an absolute URL: every reader of untrusted URLs asks this way, and none throws. */
export function parseUrl(input: string): URL | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}
