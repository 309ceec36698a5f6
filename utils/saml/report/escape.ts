/**
 * Everything the Markdown report interpolates comes from a message, a
 * capture or an imported file, so it is written as inert text: no line
 * break survives (a newline could start a heading or a list), HTML
 * metacharacters become entities (no tags, no images), and the characters
 * that open Markdown constructs are backslash-escaped (no links, images,
 * emphasis, code or table cells; '#' starts a heading only at a line's start,
 * which no value reaches). Code spans get a fence longer than any run of
 * backticks inside them.
 */

/** Line and paragraph separators, and the other control characters, become one space. */
function oneLine(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const control = c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029;
    if (control && !space) out += ' ';
    else if (!control) out += ch;
    space = control;
  }
  return out;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text for anywhere in a line, including table cells. */
export function mdText(s: string): string {
  return oneLine(s)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(/[\\`*_[\]!|~]/g, '\\$&')
    .trim();
}

/** An inline code span that shows `s` exactly, whatever backticks it holds. */
export function codeSpan(s: string): string {
  const text = oneLine(s);
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A space pads content that starts or ends with a backtick (or is only spaces), as CommonMark strips one from each side.
  const pad = text.startsWith('`') || text.endsWith('`') || (text.length > 0 && text.trim() === '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
