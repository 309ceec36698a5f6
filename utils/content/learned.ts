import { setLearnedLabels } from '@/utils/features/learned-labels';
import { detectPageLanguage } from '@/utils/features/language';
import type { PortalFeature } from '@/utils/features/types';
import type { LearnedLabel } from '@/utils/storage/learned-labels';

/**
 * Where the controller keeps the label variants the admin taught
 * (storage.local through utils/storage/learned-labels.ts in the extension,
 * a fake in tests), and how they reach the label data the features match with.
 */
export interface LearnedLabelsAccess {
  /** What is stored, each entry already checked. */
  read(): Promise<LearnedLabel[]>;
  /** Stores one entry; false when it was refused or could not be written. */
  add(entry: LearnedLabel): Promise<boolean>;
  /** Calls back when another frame or the side panel changed them; returns the unsubscribe. */
  onChange?(callback: () => void): () => void;
}

/** The portal's language as the page states it ('' when it does not: the browser's is not the portal's). */
export function statedLanguage(doc: Document): string {
  const lang = detectPageLanguage(doc, {});
  return lang.from === 'document' ? lang.lang : '';
}

/** Loads the learned variants into the features' label data now and whenever they change; returns the unsubscribe. */
export function watchLearnedLabels(
  access: LearnedLabelsAccess | undefined,
  features: readonly PortalFeature[],
  doc: Document,
  changed: () => void,
): { reload(): Promise<void>; stop(): void } {
  let stopped = false;
  const reload = async () => {
    const entries = await access?.read().catch(() => []);
    if (stopped || !entries) return;
    setLearnedLabels(features, entries, statedLanguage(doc));
    changed();
  };
  void reload();
  const unsubscribe = access?.onChange?.(() => void reload());
  return {
    reload,
    stop() {
      stopped = true;
      unsubscribe?.();
      setLearnedLabels(features, [], '');
    },
  };
}
