import {
  CDATA_SECTION_NODE,
  COMMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  PROCESSING_INSTRUCTION_NODE,
  TEXT_NODE,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from './dom';
import { NS } from './namespaces';

/**
 * Canonical XML 1.0 (https://www.w3.org/TR/xml-c14n) and Exclusive XML
 * Canonicalization 1.0 (https://www.w3.org/TR/xml-exc-c14n), with and without
 * comments, over a DOM subtree (optionally minus one excluded subtree, which is
 * what the enveloped-signature transform needs). It walks the DOM once and
 * builds one string; nothing is re-parsed.
 */

export const C14N_URI = {
  inclusive: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  inclusiveWithComments: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
  exclusive: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  exclusiveWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
} as const;

export interface C14nOptions {
  exclusive: boolean;
  withComments: boolean;
  /** Exclusive only: InclusiveNamespaces PrefixList; '#default' stands for the default namespace. */
  inclusivePrefixes?: readonly string[];
  /** A node left out together with its subtree (the enveloped Signature). */
  exclude?: XmlNode | null;
}

export function c14nFromUri(uri: string): { exclusive: boolean; withComments: boolean } | null {
  switch (uri) {
    case C14N_URI.inclusive:
      return { exclusive: false, withComments: false };
    case C14N_URI.inclusiveWithComments:
      return { exclusive: false, withComments: true };
    case C14N_URI.exclusive:
      return { exclusive: true, withComments: false };
    case C14N_URI.exclusiveWithComments:
      return { exclusive: true, withComments: true };
    default:
      return null;
  }
}

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<"\t\n\r]/;

export function escapeText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

export function escapeAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

type NsMap = Map<string, string>;
const EMPTY: NsMap = new Map();

interface PlainAttr {
  qname: string;
  ns: string;
  local: string;
  value: string;
}

function compareAttrs(a: PlainAttr, b: PlainAttr): number {
  // no-namespace attributes first, then by namespace URI, then by local name
  if (a.ns !== b.ns) return a.ns < b.ns ? -1 : 1;
  return a.local < b.local ? -1 : a.local > b.local ? 1 : 0;
}

class Canonicalizer {
  out = '';
  private readonly exclusive: boolean;
  private readonly withComments: boolean;
  private readonly prefixList: readonly string[];
  private readonly exclude: XmlNode | null;
  /** Whether in-scope declarations must be tracked (inclusive mode or an exclusive PrefixList). */
  private readonly trackScope: boolean;

  constructor(opts: C14nOptions) {
    this.exclusive = opts.exclusive;
    this.withComments = opts.withComments;
    this.prefixList = opts.exclusive ? (opts.inclusivePrefixes ?? []).map((p) => (p === '#default' ? '' : p)) : [];
    this.exclude = opts.exclude ?? null;
    this.trackScope = !opts.exclusive || this.prefixList.length > 0;
  }

  element(el: XmlElement, inScope: NsMap, rendered: NsMap, isApex: boolean): void {
    const attrs = el.attributes;
    const plain: PlainAttr[] = [];
    let scope = inScope;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (!a) continue;
      const name = a.name;
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (this.trackScope) {
          if (scope === inScope) scope = new Map(inScope);
          scope.set(name === 'xmlns' ? '' : name.slice(6), a.value);
        }
        continue;
      }
      plain.push({ qname: name, ns: a.namespaceURI ?? '', local: a.localName ?? name, value: a.value });
    }

    // Namespace declarations to render: [prefix, uri]
    const candidates: NsMap = new Map();
    if (this.exclusive) {
      candidates.set(el.prefix ?? '', el.namespaceURI ?? '');
      for (const a of plain) {
        const dot = a.qname.indexOf(':');
        if (dot > 0) {
          const p = a.qname.slice(0, dot);
          if (p !== 'xml') candidates.set(p, a.ns);
        }
      }
      for (const p of this.prefixList) {
        const uri = scope.get(p);
        if (uri !== undefined && !candidates.has(p)) candidates.set(p, uri);
      }
    } else if (isApex) {
      for (const [p, uri] of scope) candidates.set(p, uri);
    } else {
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i];
        if (a?.name === 'xmlns') candidates.set('', a.value);
        else if (a?.name.startsWith('xmlns:')) candidates.set(a.name.slice(6), a.value);
      }
    }

    let nsOut: Array<[string, string]> | null = null;
    for (const [p, uri] of candidates) {
      if (p === 'xml') continue;
      const current = rendered.get(p) ?? '';
      if (p === '' ? current === uri : rendered.get(p) === uri) continue;
      (nsOut ??= []).push([p, uri]);
    }
    let childRendered = rendered;
    const qname = el.tagName;
    let s = '<' + qname;
    if (nsOut) {
      if (nsOut.length > 1) nsOut.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      childRendered = new Map(rendered);
      for (const [p, uri] of nsOut) {
        childRendered.set(p, uri);
        s += (p === '' ? ' xmlns="' : ' xmlns:' + p + '="') + escapeAttr(uri) + '"';
      }
    }
    if (isApex && !this.exclusive) this.inheritXmlAttributes(el, plain);
    if (plain.length > 1) plain.sort(compareAttrs);
    for (const a of plain) s += ' ' + a.qname + '="' + escapeAttr(a.value) + '"';
    this.out += s + '>';
    this.children(el, scope, childRendered);
    this.out += '</' + qname + '>';
  }

  /** C14N 1.0 section 2.4: xml:* attributes of omitted ancestors are carried onto the apex. */
  private inheritXmlAttributes(el: XmlElement, plain: PlainAttr[]): void {
    const have = new Set(plain.filter((a) => a.ns === NS.xml).map((a) => a.local));
    for (let p = el.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) {
      const attrs = (p as XmlElement).attributes;
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i];
        if (a && a.namespaceURI === NS.xml && a.localName && !have.has(a.localName)) {
          have.add(a.localName);
          plain.push({ qname: a.name, ns: NS.xml, local: a.localName, value: a.value });
        }
      }
    }
  }

  children(parent: XmlNode, scope: NsMap, rendered: NsMap): void {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c === this.exclude) continue;
      switch (c.nodeType) {
        case ELEMENT_NODE:
          this.element(c as XmlElement, scope, rendered, false);
          break;
        case TEXT_NODE:
        case CDATA_SECTION_NODE:
          this.out += escapeText(c.nodeValue ?? '');
          break;
        case COMMENT_NODE:
          if (this.withComments) this.out += '<!--' + (c.nodeValue ?? '') + '-->';
          break;
        case PROCESSING_INSTRUCTION_NODE:
          this.out += this.pi(c);
          break;
        default:
          break;
      }
    }
  }

  pi(node: XmlNode): string {
    const data = node.nodeValue ?? '';
    return '<?' + node.nodeName + (data ? ' ' + data : '') + '?>';
  }

  document(doc: XmlDocument): void {
    let seenRoot = false;
    for (let c = doc.firstChild; c; c = c.nextSibling) {
      if (c === this.exclude) continue;
      if (c.nodeType === ELEMENT_NODE) {
        this.element(c as XmlElement, EMPTY, EMPTY, true);
        seenRoot = true;
        continue;
      }
      let text: string | null = null;
      if (c.nodeType === COMMENT_NODE && this.withComments) text = '<!--' + (c.nodeValue ?? '') + '-->';
      // xmldom keeps the XML declaration as a PI named "xml"; it is not part of the data model
      else if (c.nodeType === PROCESSING_INSTRUCTION_NODE && c.nodeName.toLowerCase() !== 'xml') text = this.pi(c);
      if (text === null) continue;
      this.out += seenRoot ? '\n' + text : text + '\n';
    }
  }
}

/** Namespace declarations in scope at el's parent (nearest wins), for the apex of a subtree. */
function ancestorScope(el: XmlElement): NsMap {
  const scope: NsMap = new Map();
  for (let p = el.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) {
    const attrs = (p as XmlElement).attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (!a) continue;
      const prefix = a.name === 'xmlns' ? '' : a.name.startsWith('xmlns:') ? a.name.slice(6) : null;
      if (prefix !== null && !scope.has(prefix)) scope.set(prefix, a.value);
    }
  }
  return scope;
}

/** Canonical form of a subtree (element) or of a whole document. */
export function canonicalize(node: XmlElement | XmlDocument, opts: C14nOptions): string {
  const c = new Canonicalizer(opts);
  if (node.nodeType === DOCUMENT_NODE) {
    c.document(node as XmlDocument);
  } else {
    const el = node as XmlElement;
    const needScope = !opts.exclusive || (opts.inclusivePrefixes?.length ?? 0) > 0;
    c.element(el, needScope ? ancestorScope(el) : EMPTY, EMPTY, true);
  }
  return c.out;
}
