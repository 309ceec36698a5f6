/** How a value can appear inside XML text, for matching learned values in it. */

const XML_ESCAPES: [string, string][] = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
];

/** The forms a value can take inside XML text: as is, and entity-escaped. */
export function xmlVariants(value: string): string[] {
  let escaped = value;
  for (const [ch, ent] of XML_ESCAPES) escaped = escaped.split(ch).join(ent);
  const numeric = value
    .replace(/'/g, '&#39;')
    .replace(/"/g, '&#34;')
    .replace(/&(?!#3[49];)/g, '&amp;');
  return [...new Set([value, escaped, numeric])];
}
