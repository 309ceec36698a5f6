import { HOST_SELECTOR, isControlHost } from './control-host';

/**
 * What changed since the last scan: a busy portal mutates constantly, and most of it
 * (spinners, clocks, lists elsewhere) concerns no feature.
 */
export interface PageChanges {
  /** Look at the whole page again instead of only where it changed. */
  fullScan: boolean;
  readonly changedTargets: Set<Node>;
  readonly addedElements: Element[];
}

// Beyond these, one full scan is cheaper than the bookkeeping.
const MAX_TARGETS = 400;
const MAX_ADDED = 5000;

/** Starts with a full scan: nothing has been looked at yet. */
export function createPageChanges(): PageChanges {
  return { fullScan: true, changedTargets: new Set<Node>(), addedElements: [] };
}

/** After a scan: everything noted has been looked at. */
export function clearPageChanges(changes: PageChanges): void {
  changes.fullScan = false;
  changes.changedTargets.clear();
  changes.addedElements.length = 0;
}

// Runs for every DOM change the portal makes, so it only takes notes: one pass over each
// record's nodes, no arrays built per record, nothing collected once a full scan is due.
export function noteMutations(changes: PageChanges, records: readonly MutationRecord[]): void {
  const { changedTargets, addedElements } = changes;
  // Frameworks change one container many times in a row: look each target up once per batch.
  let lastTarget: Node | null = null;
  let lastInControl = false;
  for (const r of records) {
    // Knockout's text binding rewrites a text node in place: its element is what changed.
    if (r.type === 'characterData') {
      const parent = r.target.parentElement;
      if (!parent || changes.fullScan || parent.closest(HOST_SELECTOR)) continue;
      if (changedTargets.size < MAX_TARGETS) changedTargets.add(parent);
      else changes.fullScan = true;
      continue;
    }
    const target = r.target;
    if (target !== lastTarget) {
      lastTarget = target;
      lastInControl = target.nodeType === 1 && (target as Element).closest?.(HOST_SELECTOR) != null;
    }
    // Our own control (its host being added, moved or removed) is not the portal changing.
    if (lastInControl) continue;
    let pageNodes = 0;
    const removed = r.removedNodes;
    for (let i = 0, n = removed.length; i < n; i++) {
      // The page re-rendering our control away: put it back on the next scan.
      if (isControlHost(removed[i])) changes.fullScan = true;
      else pageNodes++;
    }
    const added = r.addedNodes;
    for (let i = 0, n = added.length; i < n; i++) {
      const node = added[i];
      if (!node || isControlHost(node)) continue;
      pageNodes++;
      if (changes.fullScan || node.nodeType !== 1) continue;
      // A new pane, heading or field may be (part of) a feature: look at the whole page again.
      if (isStructural(node as Element)) changes.fullScan = true;
      else if (addedElements.length < MAX_ADDED) addedElements.push(node as Element);
      else changes.fullScan = true;
    }
    // A full scan looks at everything; where the page changed no longer matters.
    if (pageNodes === 0 || changes.fullScan) continue;
    if (changedTargets.size < MAX_TARGETS) changedTargets.add(target);
    else changes.fullScan = true;
  }
}

const STRUCTURAL =
  'h1, h2, h3, h4, [role="heading"], [role="dialog"], [role="region"], form, input, textarea, select, [role="combobox"], [role="textbox"], iframe';

function isStructural(el: Element): boolean {
  try {
    return el.matches(STRUCTURAL) || (el.firstElementChild !== null && el.querySelector(STRUCTURAL) !== null);
  } catch {
    return true;
  }
}
