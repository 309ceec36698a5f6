import type { FieldResult } from '@/utils/dom/field-result';
import type { Highlight } from '@/utils/features/types';
import type { FeatureReadiness } from '@/utils/messages/readiness';
import type { ListExtent } from '@/utils/dom/read-table';
import type { MountedControl } from './control-model';
import { clearHighlights } from './highlight';

/** What the controller remembers about one feature on this page, between scans. */
export interface FeatureState {
  /** The detected pane, or null when the feature is not on the page. */
  anchor: Element | null;
  control: MountedControl | null;
  /** The last observation sent, so an unchanged page is not reported again. */
  lastSent: string;
  lastSecret: string;
  results: FieldResult[];
  /** Fields the admin agreed to replace (the Replace button). */
  consent: Set<string>;
  busy: boolean;
  /** Filled but not yet seen saved: observations are drafts until this element is replaced. */
  dirtyAnchor: Element | null;
  /** What the background says the feature can fill now, and its step's state; null until asked. */
  readiness: FeatureReadiness | null;
  error: string | null;
  /** The admin pressed Fill before its values were known: what the control says about it, until the values change. */
  unready: string | null;
  commit: Highlight[];
  next: Highlight | null;
  /** The page element outlined as "click this next", if any. */
  highlightedNext: Element | null;
  notes: string[];
  canFill: boolean;
  /** The field the admin is pointing at on the page (./point-at-field.ts), and how to stop waiting for it. */
  pointing: { field: string; cancel(): void } | null;
  /** What Fill puts into this pane, when less than the whole plan (one claim); null for the plan's fields. */
  fillsHere: string[] | null;
  /** A list the feature needs whole that shows only some of its rows (see PortalFeature.lists); null when none. */
  partialList: ListExtent | null;
  /** Rows read so far while the assistant scrolls through a list at the admin's request; null when not reading. */
  reading: ListExtent | null;
}

export function newFeatureState(): FeatureState {
  return {
    anchor: null,
    control: null,
    lastSent: '',
    lastSecret: '',
    results: [],
    consent: new Set(),
    busy: false,
    dirtyAnchor: null,
    readiness: null,
    error: null,
    unready: null,
    commit: [],
    next: null,
    highlightedNext: null,
    notes: [],
    canFill: true,
    pointing: null,
    fillsHere: null,
    partialList: null,
    reading: null,
  };
}

/** What a fill left on screen (results, consent, the Save it pointed at) belongs to that pane only. */
export function startAfresh(s: FeatureState): void {
  s.results = [];
  s.consent.clear();
  s.error = null;
  s.unready = null;
  clearHighlights(s.commit.map((h) => h.el));
  s.commit = [];
}

/** A closed pane leaves nothing behind; a new pane starts fresh. */
export function forgetPane(s: FeatureState): void {
  s.pointing?.cancel();
  s.control?.unmount();
  s.control = null;
  s.anchor = null;
  startAfresh(s);
  s.readiness = null;
  if (s.highlightedNext) clearHighlights([s.highlightedNext]);
  s.highlightedNext = null;
  s.next = null;
}
