/**
 * querySelectorAll that also reaches into open shadow roots and same-origin
 * iframes below `scope`. Cross-origin frames are skipped: the content script
 * running inside them handles those (docs/ARCHITECTURE.md, decision 1).
 *
 * It lists every element once to find shadow hosts and frames, so call it
 * on demand (a pane, a section), never per mutation.
 */

function childRoots(scope: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [];
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
    if (shadow && shadow.mode === 'open') roots.push(shadow);
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      const doc = sameOriginDocument(el as HTMLIFrameElement);
      if (doc) roots.push(doc);
    }
  }
  return roots;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    // Cross-origin frames give null, or throw in some browsers.
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}

/** `scope` and every open shadow root and same-origin frame document below it. */
export function searchRoots(scope: ParentNode, depthLimit = 8): ParentNode[] {
  const out: ParentNode[] = [scope];
  if (depthLimit <= 0) return out;
  for (const root of childRoots(scope)) out.push(...searchRoots(root, depthLimit - 1));
  return out;
}

/** Query precomputed roots, so several selectors share one scan for shadow roots and frames. */
export function queryRoots(roots: readonly ParentNode[], selector: string): Element[] {
  return roots.flatMap((root) => Array.from(root.querySelectorAll(selector)));
}

export function deepQueryAll(scope: ParentNode, selector: string): Element[] {
  return queryRoots(searchRoots(scope), selector);
}
