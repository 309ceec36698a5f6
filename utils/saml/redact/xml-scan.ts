/**
 * A linear, parser-free walk over XML text for redaction: it rewrites the
 * character data and attribute values it is asked to, and copies every other
 * byte, so redaction cannot break the markup (a user called "Response" must
 * not rename <Response>) and needs no second DOM parse of a message the
 * analysis already parsed. Each step jumps with indexOf, so hostile text
 * (unclosed quotes, thousands of '<') stays linear.
 */

/** Where a piece of text sits: the element it is in, its ancestors' local names, and the attribute it is the value of. */
export interface XmlPlace {
  /** Local names of the open elements, outermost first. */
  path: readonly string[];
  /** The attribute's local name, for an attribute value; null for character data. */
  attribute: string | null;
  /** The Name of the saml:Attribute this text is inside, if any (the claim). */
  claim: string | null;
}

/** Returns the replacement for a piece of text (still entity-encoded as it is in the XML). */
export type XmlRewrite = (raw: string, place: XmlPlace) => string;

function localOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const NAME_END = /[\s=/>]/;

interface Cursor {
  out: string[];
  path: string[];
  claim: string | null;
}

/** Rewrites the attribute values of one start tag; returns the index just past it. */
function startTag(xml: string, lt: number, cur: Cursor, rewrite: XmlRewrite): { end: number; local: string; selfClosing: boolean } {
  let i = lt + 1;
  while (i < xml.length && !NAME_END.test(xml.charAt(i))) i++;
  const local = localOf(xml.slice(lt + 1, i));
  let copiedTo = lt;
  let claim: string | null = null;
  const place = (attribute: string): XmlPlace => ({ path: [...cur.path, local], attribute, claim: cur.claim });
  while (i < xml.length) {
    const c = xml.charAt(i);
    if (c === '>') break;
    if (c === '"' || c === "'") {
      // A value: find its attribute's name behind the '='.
      const close = xml.indexOf(c, i + 1);
      const valueEnd = close < 0 ? xml.length : close;
      const before = xml.slice(copiedTo, i + 1);
      const nameMatch = /([^\s=]+)\s*=\s*$/.exec(xml.slice(Math.max(copiedTo, i - 200), i));
      const attrLocal = nameMatch?.[1] ? localOf(nameMatch[1]) : '';
      const raw = xml.slice(i + 1, valueEnd);
      if (local === 'Attribute' && attrLocal === 'Name') claim = raw;
      cur.out.push(before, rewrite(raw, place(attrLocal)));
      if (close < 0) return { end: xml.length, local, selfClosing: false }; // an unclosed value: the rest was the value
      cur.out.push(c);
      copiedTo = close + 1;
      i = close + 1;
      continue;
    }
    if (c === '<') break; // a broken tag ends here
    i++;
  }
  const end = i < xml.length && xml.charAt(i) === '>' ? i + 1 : i;
  cur.out.push(xml.slice(copiedTo, end));
  const selfClosing = xml.charAt(end - 2) === '/' && xml.charAt(end - 1) === '>';
  if (local === 'Attribute' && !selfClosing) cur.claim = claim;
  return { end, local, selfClosing };
}

/** Index just past `close` from `from`, or the end of the text. */
function past(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? xml.length : at + close.length;
}

/**
 * Copies `xml`, passing each run of character data and each attribute value
 * through `rewrite` with its place. Comments are emptied (they are never
 * needed to diagnose, and can hold anything); CDATA content is character data.
 */
export function rewriteXml(xml: string, rewrite: XmlRewrite): string {
  const cur: Cursor = { out: [], path: [], claim: null };
  const text = (raw: string) => (raw ? rewrite(raw, { path: cur.path, attribute: null, claim: cur.claim }) : raw);
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      cur.out.push(text(xml.slice(i)));
      break;
    }
    if (lt > i) cur.out.push(text(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      cur.out.push('<!-- -->');
      i = past(xml, '-->', lt + 4);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      const body = xml.slice(lt + 9, end < 0 ? xml.length : end);
      cur.out.push('<![CDATA[', text(body).replace(/]]>/g, ']]&gt;'), ']]>');
      i = end < 0 ? xml.length : end + 3;
    } else if (xml.charAt(lt + 1) === '?' || xml.charAt(lt + 1) === '!') {
      const end = past(xml, '>', lt + 2);
      cur.out.push(xml.slice(lt, end));
      i = end;
    } else if (xml.charAt(lt + 1) === '/') {
      const end = past(xml, '>', lt + 2);
      cur.out.push(xml.slice(lt, end));
      const closed = cur.path.pop();
      if (closed === 'Attribute') cur.claim = null;
      i = end;
    } else {
      const tag = startTag(xml, lt, cur, rewrite);
      if (!tag.selfClosing) cur.path.push(tag.local);
      i = tag.end > lt ? tag.end : lt + 1;
    }
  }
  return cur.out.join('');
}

/** Whether a place is inside an element of this local name (the text itself, or an element nested in it). */
export function inside(place: XmlPlace, local: string): boolean {
  return place.path.includes(local);
}
