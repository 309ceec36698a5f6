import { z } from 'zod/mini';
import { FeatureId } from '@/utils/setup/feature-id';

/**
 * Label variants the admin taught by pointing at a field the assistant could
 * not find (utils/content/point-at-field.ts), kept in storage.local for next
 * time. An entry is a label and where it was seen, never a value: the schema
 * is strict, so nothing else can ride along, and junk is dropped on read.
 */
export const LEARNED_LABELS_KEY = 'learnedLabels';
const MAX_LEARNED = 200;

const Text = (max: number) => z.string().check(z.maxLength(max));

export const LearnedLabel = z.strictObject({
  feature: FeatureId,
  /** The feature's field key ("replyUrl"). */
  field: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/)),
  /** The field's accessible name as the page engine computed it. */
  label: Text(200).check(z.trim(), z.minLength(1)),
  /** The pane or section it was in, as its title reads ('' when it has none). */
  section: Text(200),
  /** The portal's language when it was learned ('' when unknown). */
  lang: z.string().check(z.regex(/^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?$/)),
});
export type LearnedLabel = z.infer<typeof LearnedLabel>;

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What storage holds, each entry checked on its own: one bad entry never hides the rest. */
export function parseLearnedLabels(raw: unknown): LearnedLabel[] {
  if (!Array.isArray(raw)) return [];
  return raw.slice(0, MAX_LEARNED).flatMap((entry: unknown) => {
    const parsed = LearnedLabel.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readLearnedLabels(area: LocalArea): Promise<LearnedLabel[]> {
  return parseLearnedLabels((await area.get(LEARNED_LABELS_KEY))[LEARNED_LABELS_KEY]);
}

const sameEntry = (a: LearnedLabel, b: LearnedLabel) =>
  a.feature === b.feature && a.field === b.field && a.label.toLowerCase() === b.label.toLowerCase() && a.section === b.section;

/** Adds (or refreshes) one entry, newest first; refuses anything the schema does not take. */
export async function addLearnedLabel(area: LocalArea, entry: unknown): Promise<LearnedLabel[] | null> {
  const parsed = LearnedLabel.safeParse(entry);
  if (!parsed.success) return null;
  const rest = (await readLearnedLabels(area)).filter((e) => !sameEntry(e, parsed.data));
  const next = [parsed.data, ...rest].slice(0, MAX_LEARNED);
  await area.set({ [LEARNED_LABELS_KEY]: next });
  return next;
}

export async function removeLearnedLabel(area: LocalArea, entry: LearnedLabel): Promise<LearnedLabel[]> {
  const next = (await readLearnedLabels(area)).filter((e) => !sameEntry(e, entry));
  await area.set({ [LEARNED_LABELS_KEY]: next });
  return next;
}
