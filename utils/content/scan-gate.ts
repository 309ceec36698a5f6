import { allVariants } from '@/utils/features/labels';
import type { PortalFeature } from '@/utils/features/types';
import { safe } from './context';
import type { FeatureState } from './feature-state';
import type { PageChanges } from './page-changes';

/**
 * Which features a scan looks at: label matching over every node is costly on
 * a busy portal, so a feature is scanned only when the page shows one of its
 * hint labels (in any language), or something changed in or around its pane.
 */

const hintCache = new WeakMap<PortalFeature, string[]>();

function hintWords(f: PortalFeature): string[] {
  let words = hintCache.get(f);
  if (!words) {
    words = f.hints.flatMap((key) => {
      const label = f.labels[key];
      return label ? allVariants(label).map((w) => w.toLowerCase()) : [];
    });
    hintCache.set(f, words);
  }
  return words;
}

/** Whether the page shows any of the feature's hint words, as text or in an aria-label. */
export function mayShow(doc: Document, f: PortalFeature, pageText: string): boolean {
  return hintWords(f).some(
    (h) => pageText.includes(h) || safe(() => doc.querySelector(`[aria-label*="${h.replace(/["\\]/g, '')}" i]`) !== null, true),
  );
}

/** After a partial change: the feature's pane changed or went away, or what was added shows a hint word (text or aria-label, lower case). */
export function changedForFeature(f: PortalFeature, s: FeatureState, changes: PageChanges, addedText: string): boolean {
  if (s.anchor) {
    const anchor = s.anchor;
    if (!anchor.isConnected) return true;
    for (const t of changes.changedTargets) if (anchor.contains(t) || t.contains(anchor)) return true;
  }
  return hintWords(f).some((h) => addedText.includes(h));
}
