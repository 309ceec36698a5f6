import { browser } from 'wxt/browser';
import type { LearnedLabelsAccess } from '@/utils/content/learned';
import { addLearnedLabel, LEARNED_LABELS_KEY, readLearnedLabels } from '@/utils/storage/learned-labels';

/** The page engine's access to the label variants the admin taught, in storage.local (never a value: see the schema). */
export function learnedLabelsInStorage(): LearnedLabelsAccess {
  const area = browser.storage.local;
  return {
    read: () => readLearnedLabels(area),
    add: async (entry) => (await addLearnedLabel(area, entry)) !== null,
    onChange(callback) {
      const onStorage = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName === 'local' && LEARNED_LABELS_KEY in changes) callback();
      };
      browser.storage.onChanged.addListener(onStorage);
      return () => browser.storage.onChanged.removeListener(onStorage);
    },
  };
}
