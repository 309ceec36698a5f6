/**
 * A linear look at untrusted XML text before any parser sees it. xmldom
 * checks each new attribute against the element's earlier ones, so one
 * element with 100,000 attributes costs it minutes; counting start tags,
 * attributes per element, attributes in all and nesting depth here, with
 * indexOf jumps over text, comments, CDATA and quoted values, refuses such
 * input in milliseconds. It checks counts only: whether the markup is
 * well-formed is still the parser's judgement.
 */

export interface PrescanLimits {
  maxStartTags: number;
  maxAttributesPerElement: number;
  maxAttributesTotal: number;
  maxDepth: number;
}

export type PrescanResult = { ok: true } | { ok: false; why: string; index: number };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Index just past `close` from `from`, or the text's length when it never closes (the parser then reports it). */
function skipPast(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? xml.length : at + close.length;
}

interface Tag {
  /** Index just past the tag's '>'. */
  end: number;
  attributes: number;
  selfClosing: boolean;
}

/** A start tag from its '<': counts `=` outside quoted values (one per attribute), jumping over each value. */
function scanStartTag(xml: string, lt: number): Tag {
  let attributes = 0;
  let i = lt + 1;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (c === GT) return { end: i + 1, attributes, selfClosing: xml.charCodeAt(i - 1) === SLASH };
    if (c === DQUOTE || c === SQUOTE) {
      const close = xml.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close + 1;
      continue;
    }
    if (c === EQUALS) attributes++;
    else if (c === LT) return { end: i, attributes, selfClosing: false }; // broken tag: the parser will say so
    i++;
  }
  return { end: xml.length, attributes, selfClosing: false };
}

/** Counts what a DOM of this text would hold; the first cap it exceeds is returned with where. */
export function prescanXml(xml: string, limits: PrescanLimits): PrescanResult {
  let startTags = 0;
  let attributesTotal = 0;
  let depth = 0;
  for (let lt = xml.indexOf('<'); lt >= 0;) {
    const next = xml.charCodeAt(lt + 1);
    let end: number;
    if (next === BANG) {
      if (xml.startsWith('<!--', lt)) end = skipPast(xml, '-->', lt + 4);
      else if (xml.startsWith('<![CDATA[', lt)) end = skipPast(xml, ']]>', lt + 9);
      else end = skipPast(xml, '>', lt + 2);
    } else if (next === QUESTION) {
      end = skipPast(xml, '?>', lt + 2);
    } else if (next === SLASH) {
      depth--;
      end = skipPast(xml, '>', lt + 2);
    } else {
      const tag = scanStartTag(xml, lt);
      end = tag.end;
      if (++startTags > limits.maxStartTags) return { ok: false, why: `more than ${limits.maxStartTags} elements`, index: lt };
      if (tag.attributes > limits.maxAttributesPerElement) {
        return { ok: false, why: `an element with more than ${limits.maxAttributesPerElement} attributes`, index: lt };
      }
      attributesTotal += tag.attributes;
      if (attributesTotal > limits.maxAttributesTotal) {
        return { ok: false, why: `more than ${limits.maxAttributesTotal} attributes`, index: lt };
      }
      if (!tag.selfClosing && ++depth > limits.maxDepth) {
        return { ok: false, why: `elements nested more than ${limits.maxDepth} deep`, index: lt };
      }
    }
    lt = xml.indexOf('<', end);
  }
  return { ok: true };
}
