import type { Document, Element, Node } from '@xmldom/xmldom';

/** The xmldom document type the SAML core passes around. */
export type XmlDocument = Document;
export type XmlElement = Element;
export type XmlNode = Node;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const PROCESSING_INSTRUCTION_NODE = 7;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function childElements(parent: Node): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export function childrenNS(parent: Node, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && c.localName === local && c.namespaceURI === ns) out.push(c);
  }
  return out;
}

export function firstChildNS(parent: Node, ns: string, local: string): Element | undefined {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && c.localName === local && c.namespaceURI === ns) return c;
  }
  return undefined;
}

/** All descendant elements (document order) with this namespace and local name. */
export function descendantsNS(root: Node, ns: string, local: string): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (el.localName === local && el.namespaceURI === ns) out.push(el);
  });
  return out;
}

/** Iterative pre-order walk over the elements below (and including) root. */
export function walkElements(root: Node, visit: (el: Element) => void): void {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isElement(node)) visit(node);
    // push children in reverse so they are visited in document order
    for (let c = node.lastChild; c; c = c.previousSibling) if (c.nodeType === ELEMENT_NODE) stack.push(c);
  }
}

/** Attribute value or undefined (xmldom returns null or '' for missing ones). */
export function attr(el: Element, name: string): string | undefined {
  const a = el.getAttributeNode(name);
  return a ? a.value : undefined;
}

export function textOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const t = el.textContent;
  return t === null ? undefined : t.trim();
}

export function boolAttr(el: Element, name: string): boolean | undefined {
  const v = attr(el, name);
  if (v === undefined) return undefined;
  return v.trim() === 'true' || v.trim() === '1';
}
