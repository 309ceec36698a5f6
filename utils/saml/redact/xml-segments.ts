/**
 * Applies a text transform to the character data and attribute values of an
 * XML string, never to element or attribute names, so redaction cannot break
 * the markup (a user called "Response" must not rename <Response>).
 */
export function mapXmlText(xml: string, fn: (text: string) => string): string {
  return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[^>]*>|[^<]+/g, (segment) => {
    if (segment.startsWith('<![CDATA[')) return `<![CDATA[${fn(segment.slice(9, -3))}]]>`;
    if (segment.startsWith('<!--')) return '<!-- -->';
    if (segment.startsWith('<')) {
      return segment.replace(/(=\s*)("([^"]*)"|'([^']*)')/g, (_m, eq: string, _q: string, dq?: string, sq?: string) =>
        dq !== undefined ? `${eq}"${fn(dq)}"` : `${eq}'${fn(sq ?? '')}'`,
      );
    }
    return fn(segment);
  });
}

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
