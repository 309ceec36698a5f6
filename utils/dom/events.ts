/**
 * Event helpers that use the element's own window, because content scripts
 * reach same-origin frames whose constructors differ from the top frame's.
 */

export function windowOf(el: Element): Window & typeof globalThis {
  const win = el.ownerDocument.defaultView;
  if (!win) throw new Error('The element is not in a live document.');
  return win as Window & typeof globalThis;
}

export function fire(el: Element, type: string): void {
  const win = windowOf(el);
  el.dispatchEvent(new win.Event(type, { bubbles: true, cancelable: true }));
}

/** The sequence a real click produces; menu libraries open on different ones. */
export function simulateClick(el: Element): void {
  const win = windowOf(el);
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  const Pointer = typeof win.PointerEvent === 'function' ? win.PointerEvent : win.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', init));
  el.dispatchEvent(new win.MouseEvent('mousedown', init));
  if (typeof (el as HTMLElement).focus === 'function') (el as HTMLElement).focus();
  el.dispatchEvent(new Pointer('pointerup', init));
  el.dispatchEvent(new win.MouseEvent('mouseup', init));
  if (typeof (el as HTMLElement).click === 'function') (el as HTMLElement).click();
  else el.dispatchEvent(new win.MouseEvent('click', init));
}
