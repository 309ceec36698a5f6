import type { PortalFeature } from '@/utils/features/types';
import { safe, type ControllerContext } from './context';
import { HOST_SELECTOR } from './control-host';

/**
 * The admin's own edits in a pane make what it shows a draft until the page
 * re-renders it from saved data (the feature's draft marker is replaced).
 * Listeners are removed when the controller stops (`signal`).
 */
export function createDraftWatcher(ctx: ControllerContext, signal: AbortSignal) {
  const watched = new WeakSet<Element>();
  return function watchDrafts(f: PortalFeature): void {
    const scope = f.draftScope ? safe(() => f.draftScope?.(ctx.doc) ?? null, null) : null;
    if (!scope || watched.has(scope)) return;
    watched.add(scope);
    const s = ctx.stateOf(f);
    const mark = (e: Event) => {
      const target = e.target as Element | null;
      if (!target || typeof target.closest !== 'function' || target.closest(HOST_SELECTOR)) return;
      if (e.type === 'click' && !target.closest('[aria-pressed], [role="option"], [role="menuitemradio"]')) return;
      s.dirtyAnchor = safe(() => (f.draftMarker ?? f.detect)(ctx.doc), null);
    };
    for (const type of ['input', 'change', 'click']) scope.addEventListener(type, mark, { capture: true, signal });
  };
}
