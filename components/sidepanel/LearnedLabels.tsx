import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { featureById } from '@/utils/features';
import { displayLabel } from '@/utils/features/labels';
import { LEARNED_LABELS_KEY, readLearnedLabels, removeLearnedLabel, type LearnedLabel } from '@/utils/storage/learned-labels';

/**
 * The label variants the admin taught by pointing at a field on a portal
 * page (utils/content/point-at-field.ts): what each names, where it was
 * seen, and a button to forget it. The list lives in storage.local and holds
 * no values.
 */

function useLearnedLabels(): [LearnedLabel[], (entry: LearnedLabel) => void] {
  const [entries, setEntries] = useState<LearnedLabel[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () => void readLearnedLabels(browser.storage.local).then((next) => alive && setEntries(next));
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LEARNED_LABELS_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  const forget = (entry: LearnedLabel) => void removeLearnedLabel(browser.storage.local, entry).then(setEntries);
  return [entries, forget];
}

function fieldName(entry: LearnedLabel): string {
  const feature = featureById(entry.feature);
  const label = feature?.labels[entry.field];
  return label ? displayLabel(label) : entry.field;
}

export function LearnedLabels() {
  const [entries, forget] = useLearnedLabels();
  return (
    <div class="learned-labels" aria-labelledby="learned-labels-h">
      <h3 id="learned-labels-h">Field labels you pointed at</h3>
      {entries.length === 0 ? (
        <p class="muted small">None. When the assistant cannot find a field, "Point at the field" teaches it the label the page shows.</p>
      ) : (
        <ul aria-label="Field labels you pointed at">
          {entries.map((e) => {
            const title = featureById(e.feature)?.title ?? e.feature;
            const where = `${title}${e.section && e.section !== title ? ` › ${e.section}` : ''}${e.lang ? ` (${e.lang})` : ''}`;
            return (
              <li key={`${e.feature}|${e.field}|${e.label}|${e.section}`} data-learned-field={e.field}>
                <span>{`"${e.label}" is ${fieldName(e)}, in ${where}`}</span>{' '}
                <button type="button" aria-label={`Forget the label "${e.label}"`} onClick={() => forget(e)}>
                  Forget
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
