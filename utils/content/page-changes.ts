import { isControlHost } from './control-host';

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
  for (const r of records) {
    // Knockout's text binding rewrites a text node in place: its element is what changed.
    if (r.type === 'characterData') {
      const parent = r.target.parentElement;
      if (!parent || changes.fullScan || isControlHost(parent)) continue;
      if (changedTargets.size < MAX_TARGETS) changedTargets.add(parent);
      else changes.fullScan = true;
      continue;
    }
    // Our own control is not the portal changing. Its content sits in a closed shadow root, which a
    // document observer never sees, so only the host itself can be a record's target: no ancestor walk per record.
    if (isControlHost(r.target)) continue;
    const target = r.target;
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

// Tags the selector above names; an element without children, role or one of these cannot match it.
const STRUCTURAL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'IFRAME']);

function isStructural(el: Element): boolean {
  // Most added nodes are leaves (a re-rendered cell, a tick of a clock): decide those without selector matching.
  if (el.firstElementChild === null && !el.hasAttribute('role') && !STRUCTURAL_TAGS.has(el.tagName)) return false;
  try {
    return el.matches(STRUCTURAL) || (el.firstElementChild !== null && el.querySelector(STRUCTURAL) !== null);
  } catch {
    return true;
  }
}
