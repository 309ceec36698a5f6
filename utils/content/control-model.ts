import type { FieldResult } from '@/utils/dom/field-result';
import type { ListExtent } from '@/utils/dom/read-table';

/**
 * What the in-page control (components/overlay) shows: a view of one
 * feature's state (./control-state.ts), and the actions it may call. The
 * control is a view of this model; the controller never reaches into its DOM.
 */

export type ControlPhase =
  /** Asking the background what can be filled. */
  | { kind: 'checking' }
  /**
   * Values the fill needs are not known yet: what is missing and where to get
   * it ("what: where"). `tried` is the admin's press of Fill meanwhile: nothing
   * was filled, and the control says so.
   */
  | { kind: 'not-ready'; from: 'JustCall' | 'Entra'; missing: string[]; tried: string | null }
  | { kind: 'ready'; fills: string[]; missing: string[] }
  | { kind: 'filling' }
  /** Every field filled or already right; next, the commit button (none when the pane has nothing to save yet). */
  | { kind: 'filled'; results: FieldResult[]; commit: string[] }
  /** A field held another value and was left alone. */
  | { kind: 'conflict'; results: FieldResult[] }
  /** A field could not be found or filled: its value, to copy. */
  | { kind: 'not-found'; results: FieldResult[] }
  /** A secret waits for the admin's confirmation in the side panel. */
  | { kind: 'confirm-secret' }
  /** The side panel counts the step done (with the results of a fill made since, all settled). */
  | { kind: 'done'; summary: string; results: FieldResult[] }
  /** Nothing to fill here: notes and what to click next. */
  | { kind: 'info' };

export interface ControlView {
  title: string;
  /** "Fill from JustCall", when Fill is offered now. */
  fillLabel: string | null;
  /** Fill is shown but waits for values (not ready): pressing it fills nothing and says why. */
  fillWaiting: boolean;
  phase: ControlPhase;
  /** Why the last fill did not finish. */
  error: string | null;
  /** The side panel's problem for this step, so the two never disagree. */
  problem: string | null;
  /** What to click next on the page (highlighted). */
  next: string | null;
  notes: string[];
  /** A list the feature needs whole that shows only some rows: Read all is offered. */
  partialList: ListExtent | null;
  /** Reading a list at the admin's request: how far. */
  reading: ListExtent | null;
}

export interface ControlActions {
  onFill(): void;
  /** Scroll through the partial list and read every row (the admin's click only). */
  onReadAll(): void;
  onReplace(field: string): void;
  onCopy(text: string): Promise<boolean>;
}

/** "Point at the field" (utils/content/point-at-field.ts): the field being pointed at, and how to start or stop. */
export interface PointProps {
  pointing?: string | null;
  /** Offered for a field the assistant could not find, when it may learn one. */
  canPoint?: (field: string) => boolean;
  onPoint?: (field: string) => void;
  onCancelPoint?: () => void;
}

export type ControlProps = ControlView & ControlActions & PointProps;

export interface MountedControl {
  host: HTMLElement;
  anchor: Element;
  update(props: ControlProps): void;
  unmount(): void;
}

export type MountControl = (anchor: Element, feature: string, props: ControlProps) => MountedControl;
