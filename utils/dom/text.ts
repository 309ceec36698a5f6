/**
 * Visible-ish text of a subtree, for names and read-only values. Skips
 * aria-hidden decorations (info icons), `hidden` content (the tooltip text
 * Fluent's TooltipHost keeps inside a label), scripts, and form controls,
 * whose contents are values rather than labels.
 */

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'INPUT', 'NOSCRIPT']);

export function textOf(node: Node): string {
  let out = '';
  const visit = (n: Node): void => {
    if (n.nodeType === 3 /* TEXT_NODE */) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1 /* ELEMENT_NODE */ && n.nodeType !== 11 /* FRAGMENT */) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return;
      if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    }
    for (let child = n.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(node);
  return out.replace(/\s+/g, ' ').trim();
}

/** Look an id up in the same tree (document or shadow root) as `el`. */
export function byIdNear(el: Element, id: string): Element | null {
  const root = el.getRootNode();
  if ('getElementById' in root && typeof root.getElementById === 'function') {
    const found: unknown = root.getElementById(id);
    return isElement(found) ? found : null;
  }
  return null;
}

/** Realm-safe element test: content scripts touch nodes from several frames. */
export function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 1;
}

export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}
