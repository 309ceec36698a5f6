/**
 * Values from an export go into Markdown that a ticket system renders, so
 * each is made inert: one line (no line break from the data can start a
 * heading, list or table row), HTML-neutral (& and < as entities, so no tag,
 * entity or autolink can form; a lone > is harmless inline) and
 * Markdown-neutral inline: emphasis, links and images, code, table cells and
 * strikethrough all need a character that is backslash-escaped here. The
 * report never starts a line with a value, so line-start markers (#, -, +,
 * "1.") cannot take effect and are left readable.
 */

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const BREAKS = /[\r\n\u0085\u2028\u2029\t\v\f\u0000-\u0008\u000e-\u001f\u007f]+/g;
const MARKDOWN = /[\\`*_[\]|~]/g;

/** One line of text, safe anywhere inline in Markdown, including a table cell. */
export function md(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(BREAKS, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(MARKDOWN, (c) => `\\${c}`)
    .trim();
}

/**
 * An inline code span whose fence is longer than any run of backticks in the
 * value, so the value cannot close it. Inside a table cell a pipe still ends
 * the cell even in code (GFM), so `inTable` escapes it.
 */
export function code(value: string | null | undefined, inTable = false): string {
  if (value === null || value === undefined || value === '') return '';
  let v = String(value).replace(BREAKS, ' ');
  if (inTable) v = v.replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of v.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = v.startsWith('`') || v.endsWith('`') || v.startsWith(' ') || v.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${v}${pad}${fence}`;
}
