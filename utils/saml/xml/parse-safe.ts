import { DOMParser } from '@xmldom/xmldom';
import { makeFinding } from '@/utils/saml/finding';
import type { Finding } from '@/utils/saml/types';
import { LIMITS } from '@/utils/saml/decode/limits';
import { type XmlDocument, type XmlNode, ELEMENT_NODE, isElement } from './dom';
import { prescanXml } from './prescan';

/**
 * Structural caps: SAML messages are shallow and small (an Entra response has
 * about a hundred elements, and a few thousand with a long group list);
 * anything beyond is hostile or broken. Elements, attributes and depth are
 * counted before parsing (./prescan.ts); nodes of every kind after.
 */
export const XML_LIMITS = {
  maxDepth: 128,
  maxNodes: 100_000,
  maxElements: 50_000,
  maxAttributesPerElement: 128,
  maxAttributesTotal: 50_000,
} as const;

const DTD_PATTERN = /<!DOCTYPE|<!ENTITY|<!ELEMENT|<!ATTLIST/i;

interface Located {
  locator?: { lineNumber?: number; columnNumber?: number };
}

function locationOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const loc = (value as Located).locator;
  if (!loc || typeof loc.lineNumber !== 'number' || loc.lineNumber < 1) return '';
  return ` (line ${loc.lineNumber}, column ${loc.columnNumber ?? '?'})`;
}

/** xmldom appends its own position marker to messages; we report position separately. */
function cleanMessage(msg: string): string {
  return msg.replace(/\n?@#\[line:\d+,col:\d+\]\s*$/, '').trim();
}

function lineCol(xml: string, index: number): string {
  let line = 1;
  let last = -1;
  for (let i = xml.indexOf('\n'); i >= 0 && i < index; i = xml.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return ` (line ${line}, column ${index - last})`;
}

class StopParsing extends Error {}

const MALFORMED_FIX = 'The message was damaged or hand-edited. Capture it again from the browser.';

/** What is refused before the parser sees the text: too large, a DTD, too many elements or attributes, too deep. */
function refusedBeforeParsing(xml: string): Finding | null {
  if (xml.length > LIMITS.maxXmlBytes) {
    return makeFinding(
      'xml.too-large',
      'error',
      'The XML is too large to analyse',
      `It has ${xml.length} characters; the limit is ${LIMITS.maxXmlBytes}.`,
      'Check that you copied one SAML message.',
    );
  }
  const dtd = DTD_PATTERN.exec(xml);
  if (dtd) {
    return makeFinding(
      'xml.doctype',
      'error',
      'The XML contains a DOCTYPE or entity declaration',
      `SAML messages never need a DTD, and DTD entities are how XML entity-expansion ("billion laughs") and external-entity (XXE) attacks work. Found "${dtd[0]}"${lineCol(xml, dtd.index)}; the message was not parsed.`,
      'Treat this message as hostile. A genuine identity provider does not send DTDs.',
    );
  }
  const counted = prescanXml(xml, {
    maxStartTags: XML_LIMITS.maxElements,
    maxAttributesPerElement: XML_LIMITS.maxAttributesPerElement,
    maxAttributesTotal: XML_LIMITS.maxAttributesTotal,
    maxDepth: XML_LIMITS.maxDepth,
  });
  return counted.ok ? null : tooComplex(`${counted.why}${lineCol(xml, counted.index)}`);
}

/** xmldom with every complaint turned into a finding; anything worse than a warning stops it, since the document is then not what was signed. */
function parseWithFindings(xml: string, findings: Finding[]): XmlDocument | null {
  try {
    const parser = new DOMParser({
      locator: true,
      onError: (level, msg, context: unknown) => {
        const warning = level === 'warning';
        findings.push(
          makeFinding(
            'xml.malformed',
            warning ? 'warning' : 'error',
            warning ? 'The XML has a problem' : 'The XML is malformed',
            `${cleanMessage(msg)}${locationOf(context)}.`,
            MALFORMED_FIX,
          ),
        );
        if (!warning) throw new StopParsing(msg);
      },
    });
    return parser.parseFromString(xml, 'text/xml');
  } catch (err) {
    if (!(err instanceof StopParsing) && !findings.some((f) => f.id === 'xml.malformed' && f.severity === 'error')) {
      const msg = err instanceof Error ? err.message : String(err);
      findings.push(
        makeFinding('xml.malformed', 'error', 'The XML is malformed', `${cleanMessage(msg)}${locationOf(err)}.`, MALFORMED_FIX),
      );
    }
    return null;
  }
}

/**
 * Parses untrusted XML. DTDs are refused before the parser sees them, so there
 * is no entity expansion (billion laughs) and no external fetch; so is markup
 * whose element, attribute or depth counts exceed the caps, since those are
 * what make xmldom slow; every parser complaint becomes a finding with its
 * position; the node count is checked on the parsed tree.
 */
export function parseXmlSafely(xml: string): { doc: XmlDocument | null; findings: Finding[] } {
  const refused = refusedBeforeParsing(xml);
  if (refused) return { doc: null, findings: [refused] };
  const findings: Finding[] = [];
  const doc = parseWithFindings(xml, findings);
  if (!doc) return { doc: null, findings };
  if (!isElement(doc.documentElement)) {
    findings.push(makeFinding('xml.malformed', 'error', 'The XML is malformed', 'There is no root element.', 'Paste the whole SAML XML.'));
    return { doc: null, findings };
  }
  const shape = checkShape(doc);
  if (shape) {
    findings.push(tooComplex(shape));
    return { doc: null, findings };
  }
  return { doc, findings };
}

function tooComplex(why: string): Finding {
  return makeFinding(
    'xml.too-complex',
    'error',
    'The XML is too complex to analyse safely',
    `It has ${why}; real SAML messages are far smaller.`,
    'Treat this message as suspicious, or check that you pasted one SAML message.',
  );
}

/** Iterative walk so deep nesting cannot overflow the stack here or in later recursive passes. */
function checkShape(doc: XmlDocument): string | null {
  const stack: Array<[XmlNode, number]> = [[doc, 0]];
  let nodes = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (++nodes > XML_LIMITS.maxNodes) return `more than ${XML_LIMITS.maxNodes} nodes`;
    if (depth > XML_LIMITS.maxDepth) return `elements nested more than ${XML_LIMITS.maxDepth} deep`;
    if (isElement(node) && node.attributes.length > XML_LIMITS.maxAttributesPerElement) {
      return `an element with more than ${XML_LIMITS.maxAttributesPerElement} attributes`;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) stack.push([c, depth + 1]);
      else nodes++;
    }
  }
  return null;
}
