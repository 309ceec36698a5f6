import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { CDATA_SECTION_NODE, COMMENT_NODE, ELEMENT_NODE, PROCESSING_INSTRUCTION_NODE, TEXT_NODE } from '@/utils/saml/xml/dom';

/**
 * The XML tab's model: the safely parsed DOM reduced to plain data, which
 * the view renders as text nodes (never markup), so a hostile message cannot
 * inject anything into the panel.
 */
export type XmlTreeNode =
  | { type: 'element'; id: number; name: string; attrs: Array<{ name: string; value: string }>; children: XmlTreeNode[] }
  | { type: 'text'; text: string }
  | { type: 'comment'; text: string }
  | { type: 'pi'; text: string };

export type XmlTreeResult = { ok: true; root: XmlTreeNode } | { ok: false; error: string };

const MAX_NODES = 20_000;

export function buildXmlTree(xml: string): XmlTreeResult {
  const { doc, findings } = parseXmlSafely(xml);
  const root = doc?.documentElement;
  if (!doc || !root) return { ok: false, error: findings[0]?.detail ?? 'The XML could not be parsed.' };
  let nextId = 0;
  let count = 0;
  const convert = (node: Node): XmlTreeNode | null => {
    if (++count > MAX_NODES) return null;
    switch (node.nodeType) {
      case ELEMENT_NODE: {
        const el = node as Element;
        const attrs: Array<{ name: string; value: string }> = [];
        for (let i = 0; i < el.attributes.length; i++) {
          const a = el.attributes.item(i);
          if (a) attrs.push({ name: a.name, value: a.value });
        }
        const children: XmlTreeNode[] = [];
        for (let c = el.firstChild; c; c = c.nextSibling) {
          const converted = convert(c);
          if (converted) children.push(converted);
        }
        return { type: 'element', id: nextId++, name: el.nodeName, attrs, children };
      }
      case TEXT_NODE:
      case CDATA_SECTION_NODE: {
        const text = node.nodeValue ?? '';
        return text.trim() ? { type: 'text', text: text.trim() } : null;
      }
      case COMMENT_NODE:
        return { type: 'comment', text: node.nodeValue ?? '' };
      case PROCESSING_INSTRUCTION_NODE:
        return { type: 'pi', text: `${node.nodeName} ${node.nodeValue ?? ''}`.trim() };
      default:
        return null;
    }
  };
  const tree = convert(root as unknown as Node);
  return tree ? { ok: true, root: tree } : { ok: false, error: 'The XML is too large to show.' };
}

/** Pretty-printed text of the tree (two-space indent), e.g. for copying what is shown. */
export function prettyText(node: XmlTreeNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node.type === 'text') return `${pad}${node.text}`;
  if (node.type === 'comment') return `${pad}<!--${node.text}-->`;
  if (node.type === 'pi') return `${pad}<?${node.text}?>`;
  const attrs = node.attrs.map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  const only = node.children[0];
  if (node.children.length === 1 && only?.type === 'text') return `${pad}<${node.name}${attrs}>${only.text}</${node.name}>`;
  return [`${pad}<${node.name}${attrs}>`, ...node.children.map((c) => prettyText(c, depth + 1)), `${pad}</${node.name}>`].join('\n');
}

/** Splits text around case-insensitive matches of `query`, for highlighting. */
export function splitMatches(text: string, query: string): Array<{ text: string; match: boolean }> {
  const q = query.toLowerCase();
  if (!q) return [{ text, match: false }];
  const out: Array<{ text: string; match: boolean }> = [];
  const lower = text.toLowerCase();
  let i = 0;
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) {
    if (at > i) out.push({ text: text.slice(i, at), match: false });
    out.push({ text: text.slice(at, at + q.length), match: true });
    i = at + q.length;
  }
  if (i < text.length) out.push({ text: text.slice(i), match: false });
  return out;
}

/** Ids of elements whose subtree contains the query (to expand them when searching). */
export function elementsMatching(node: XmlTreeNode, query: string, out = new Set<number>()): boolean {
  const q = query.toLowerCase();
  if (!q) return false;
  if (node.type !== 'element') return node.text.toLowerCase().includes(q);
  let hit = node.name.toLowerCase().includes(q) || node.attrs.some((a) => `${a.name}="${a.value}"`.toLowerCase().includes(q));
  for (const c of node.children) if (elementsMatching(c, query, out)) hit = true;
  if (hit) out.add(node.id);
  return hit;
}
