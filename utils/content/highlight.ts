/**
 * Points at a portal button the admin should click (Save, Create, Test
 * Connection) with an outline, without changing its layout or clicking it.
 * The previous inline outline is restored afterwards.
 */

export const HIGHLIGHT_ATTR = 'data-sso-assistant-highlight';
const previous = new WeakMap<Element, { outline: string; offset: string }>();

function styleOf(el: Element): CSSStyleDeclaration | null {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style ?? null;
}

export function highlight(el: Element): void {
  const style = styleOf(el);
  if (!style || el.hasAttribute(HIGHLIGHT_ATTR)) return;
  previous.set(el, { outline: style.outline, offset: style.outlineOffset });
  style.outline = '3px solid #ffb900';
  style.outlineOffset = '2px';
  el.setAttribute(HIGHLIGHT_ATTR, '');
  // Once clicked, the pointer has done its job.
  el.addEventListener('click', () => clearHighlights([el]), { once: true });
}

export function clearHighlights(els: readonly Element[]): void {
  for (const el of els) {
    if (!el.hasAttribute(HIGHLIGHT_ATTR)) continue;
    const style = styleOf(el);
    const before = previous.get(el);
    if (style) {
      style.outline = before?.outline ?? '';
      style.outlineOffset = before?.offset ?? '';
    }
    el.removeAttribute(HIGHLIGHT_ATTR);
  }
}
