import type { ZodMiniType } from 'zod/mini';
import type { PortalName } from '@/utils/hosts';
import type { FieldResult } from '@/utils/dom/field-result';
import type { GridExtent } from '@/utils/dom/read-table';
import type { FillPlan } from '@/utils/messages/fill-plan';
import type { FeatureId } from '@/utils/setup/feature-id';
import type { ObservedValue, SetupSession } from '@/utils/setup/session';
import type { StepId } from '@/utils/setup/steps';
import type { ValueKey } from '@/utils/setup/value-keys';
import type { Mismatch } from '@/utils/setup/wizard/types';
import type { LabelTable } from './labels';

/**
 * A portal feature: everything the assistant knows about one pane of one
 * portal, in one file (Refined GitHub's model), registered in one list per
 * portal (./entra/index.ts, ./justcall/index.ts). Reading what the page shows
 * ("collect") is kept apart from putting values into it ("insert"), as
 * Bitwarden's autofill does. docs/ARCHITECTURE.md shows how a feature's parts
 * are used by the content script, the background and the side panel.
 */
export interface PortalFeature<Read = unknown, Values = unknown> {
  id: FeatureId;
  portal: PortalName;
  /** The setup step whose card shows this feature's fills and problems. */
  step: StepId;
  /** Other steps whose state this feature's observations feed. */
  alsoSteps?: readonly StepId[];
  /** The page it acts on, in words (and the deep link shape where known). */
  page: string;
  /** Shown in the in-page control's header. */
  title: string;
  labels: LabelTable;
  /**
   * Keys of `labels` at least one of which the page must show (as text or in an
   * aria-label) before `detect` runs: a cheap gate that keeps busy portals fast.
   */
  hints: readonly string[];
  /**
   * The frames its observations, fills and plans are accepted from. Default:
   * the portal's own documents (the top frame and the React views). A hosting
   * frame may be read, but is never given a secret.
   */
  frames?: readonly FrameKind[];
  /** The pane or section this feature works in, or null when it is not on the page. */
  detect(root: ParentNode): Element | null;
  /** What the page shows: plain data, no elements. */
  collect(root: ParentNode): Read;
  /** What of it goes to the setup session; null when there is nothing to report. */
  observe?(read: Read, root: ParentNode): Observed | null;
  /**
   * Whether an earlier observation still stands against a newer one that
   * knows less (a list read in part that agrees with an earlier whole read):
   * then the background keeps the earlier one. Absent: the newer one replaces it.
   */
  keepsEarlier?(earlier: Readonly<Record<string, ObservedValue>>, next: Readonly<Record<string, ObservedValue>>): boolean;
  /** Observed fields that become carried session values (checked by the value table first). */
  carries?: Readonly<Partial<Record<string, ValueKey>>>;
  /**
   * A secret the page shows (JustCall's SCIM Secret Token): it travels only in
   * its own message to storage.session, never in an observation.
   */
  secret?(read: Read): string | null;
  /** A file the page offers that the background may ask for (the "Certificate (Base64)" download). */
  download?(read: Read): string | null;
  fill?: FillSpec<Values>;
  /** The button(s) to point at once the fields are right; the admin clicks them. */
  commit?(root: ParentNode): Highlight[];
  /** What the admin must open next (a claim, Reveal), to highlight. */
  nextClick?(root: ParentNode): Highlight | null;
  /**
   * Grids whose every row this feature needs (the claims list). When one is
   * virtualised and shows only some rows, the control offers to read it all
   * (utils/dom/read-whole-grid.ts); only the admin's click scrolls it.
   */
  lists?(root: ParentNode): GridExtent[];
  /** Plain-words notes for the admin (warnings, reminders). */
  notes?(root: ParentNode): string[];
  /**
   * An element the page replaces when it re-renders from saved data; until
   * then what was filled is a draft. Defaults to the detected pane.
   */
  draftMarker?(root: ParentNode): Element | null;
  /**
   * Where the admin's own edits make the shown values a draft until the
   * draft marker is replaced. Absent: only the assistant's fills count.
   */
  draftScope?(root: ParentNode): Element | null;
  /** The wizard's cross-portal checks this feature's observations answer. */
  mismatches?(session: SetupSession): Mismatch[];
}

/** The admin center's top frame, one of its React views, or a portal extension's hosting frame. */
export type FrameKind = 'top' | 'view' | 'hosting';

export interface Observed {
  /** True when read from the saved view, false from an open edit form. */
  saved: boolean;
  values: Record<string, ObservedValue>;
}

export interface Highlight {
  /** What the admin should click, in words ("Save", "Test Connection"). */
  label: string;
  el: Element;
}

/** Where a planned field's value comes from. */
export type PlanSource =
  { from: 'value'; key: ValueKey } | { from: 'constant'; value: string; source: string } | { from: 'setting'; key: 'defaultRole' };

export interface FillSpec<Values> {
  /** The other portal, as the button says: "Fill from JustCall". */
  from: 'JustCall' | 'Entra';
  /** Which setup values go into which of this feature's fields. */
  plan: Readonly<Record<string, PlanSource>>;
  /** Needs the signing certificate (JustCall's upload) or the SCIM Secret Token. */
  needs?: readonly ('certificate' | 'secretToken')[];
  /** Rows the session saw in another frame of this feature that the fill needs (see FillPlan.rowsSeen). */
  rowsSeen?(session: SetupSession): Record<string, string>[];
  /** The typed values `insert` takes; what the plan gives is parsed with it first. */
  schema: ZodMiniType<Values>;
  /** The values to parse from a plan; defaults to the plan's values by field. */
  values?(plan: FillPlan, root: ParentNode): unknown;
  /** Put the values into the page: every field's result, never a throw for a missing field. */
  insert(root: ParentNode, values: Values, opts: FillOptions): Promise<FieldResult[]>;
  /** Whether Fill applies to what is shown now (an overview is read-only). Defaults to true. */
  canFill?(root: ParentNode): boolean;
  /** What Fill puts into the pane shown now, in words, when that is less than every planned field (a claim's pane fills one claim). */
  fillsHere?(root: ParentNode): string[] | null;
}

export interface FillOptions {
  /** Fields the admin agreed to replace although they hold another value. */
  replace: ReadonlySet<string>;
  /** A list field (Identifier, Reply URL) holding other values gets a new row instead of a conflict. */
  addRow?: boolean;
  /** Page language (see ./language); its labels are tried before English. */
  lang?: string;
  /** How long to wait for late controls (option lists, panes), in ms. */
  timeoutMs?: number;
}

/** Checks a feature's shape at compile time and gives it the erased type the registries hold. */
export function defineFeature<Read, Values>(feature: PortalFeature<Read, Values>): PortalFeature<Read, Values> {
  return feature;
}
