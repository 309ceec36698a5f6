import type { FieldResult } from '@/utils/dom/field-result';

/**
 * What the controller tells the in-page control (components/overlay) to show,
 * and how it mounts one. The control is a view of this model; the controller
 * never reaches into its DOM.
 */

export interface ControlProps {
  title: string;
  fillFrom?: 'JustCall' | 'Entra';
  busy: boolean;
  /** Why Fill cannot run yet (values missing), in words. */
  missing: string[];
  results: FieldResult[];
  notes: string[];
  /** Buttons highlighted for the admin to click ("Save"). */
  commit: string[];
  /** What to open next ("Add new claim"), highlighted. */
  next: string | null;
  error: string | null;
  onFill: () => void;
  onReplace: (field: string) => void;
  onCopy: (text: string) => Promise<boolean>;
}

export interface MountedControl {
  host: HTMLElement;
  anchor: Element;
  update(props: ControlProps): void;
  unmount(): void;
}

export type MountControl = (anchor: Element, feature: string, props: ControlProps) => MountedControl;
