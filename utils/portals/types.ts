import type { ZodMiniType } from 'zod/mini';
import type { FieldResult } from '@/utils/dom/field-result';
import type { StepId } from '@/utils/setup/steps';

/**
 * A page feature (Refined GitHub style): one file per pane the assistant
 * knows, each naming its portal, its setup step and its labels as data.
 * `read` collects what the page shows (Bitwarden-style "collect"), `fill`
 * inserts values; the two never mix.
 */

/** Label variants per page language; English is always present. */
export type LabelVariants = { readonly en: readonly string[] } & Readonly<Partial<Record<string, readonly string[]>>>;

export type LabelTable<K extends string = string> = Readonly<Record<K, LabelVariants>>;

export interface FillOptions {
  /** Replace values that differ (only after the admin agreed to each conflict). */
  overwrite: boolean;
  /** Page language (see language.ts); labels of that language are tried before English. */
  lang?: string;
  /** A list field (Identifier, Reply URL) holding other values gets a new row instead of a conflict. */
  addRow?: boolean;
  /** How long to wait for late controls (option lists, panes), in ms. */
  timeoutMs?: number;
}

export type PortalName = 'entra' | 'justcall';

export interface PortalFeature<Read, Fill = never> {
  id: string;
  portal: PortalName;
  step: StepId;
  /** The page it acts on, in words (and the deep link shape where known). */
  page: string;
  labels: LabelTable;
  /** The pane/section element this feature works in, or null when it is not on the page. */
  detect(root: ParentNode): Element | null;
  /** What the page shows; plain data (no elements), so it can be messaged. */
  read(root: ParentNode): Read;
  /** Present only on features that write; values are validated with `fillSchema` by the registry. */
  fillSchema?: ZodMiniType<Fill>;
  fill?(root: ParentNode, values: Fill, opts: FillOptions): Promise<FieldResult[]>;
}

/** Variants to try for a label: the page language's first, then English. */
export function variantsFor(label: LabelVariants, lang?: string): readonly string[] {
  const primary = lang ? lang.toLowerCase().split('-')[0] : undefined;
  const local = primary && primary !== 'en' ? (label[primary] ?? []) : [];
  return [...local, ...label.en];
}

/** The label shown in reports: the first English variant. */
export function displayLabel(label: LabelVariants): string {
  return label.en[0] ?? '';
}
