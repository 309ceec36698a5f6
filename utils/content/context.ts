import type { PortalName } from '@/utils/hosts';
import type { PortalFeature } from '@/utils/features/types';
import type { MountControl } from './control-model';
import type { LearnedLabelsAccess } from './learned';
import { newFeatureState, type FeatureState } from './feature-state';

/** What the content-side controller is given, and what its parts share. */

export interface Transport {
  send(message: unknown): Promise<unknown>;
}

export interface ControllerDeps {
  portal: PortalName;
  doc: Document;
  features: readonly PortalFeature[];
  transport: Transport;
  mount: MountControl;
  copy: (text: string) => Promise<boolean>;
  /** Fetches a file the page offers, when the background asks for it (the certificate fallback). */
  fetchDownload?: (href: string) => Promise<void>;
  /** Calls back whenever the setup session changes; returns the unsubscribe. */
  onSessionChange?: (callback: () => void) => () => void;
  throttleMs?: number;
  /** The label variants the admin taught by pointing (./learned.ts); absent, nothing is learned. */
  learnedLabels?: LearnedLabelsAccess;
  /** Whether an event is the admin's own (tests stand in for `event.isTrusted`, which jsdom never sets). */
  isTrusted?: (event: Event) => boolean;
}

export interface ControllerContext {
  deps: ControllerDeps;
  doc: Document;
  win: (Window & typeof globalThis) | null;
  stateOf(feature: PortalFeature): FeatureState;
  states(): Iterable<FeatureState>;
  /** Sends to the background; a failure (the worker restarting, say) resolves null. */
  send(message: unknown): Promise<unknown>;
  /** This frame's URL, capped as messages allow. */
  url(): string;
}

export function createContext(deps: ControllerDeps): ControllerContext {
  const states = new Map<PortalFeature, FeatureState>();
  const win = deps.doc.defaultView as (Window & typeof globalThis) | null;
  return {
    deps,
    doc: deps.doc,
    win,
    stateOf(feature) {
      let s = states.get(feature);
      if (!s) {
        s = newFeatureState();
        states.set(feature, s);
      }
      return s;
    },
    states: () => states.values(),
    send: (message) => deps.transport.send(message).catch(() => null),
    url: () => (win?.location.href ?? '').slice(0, 4096),
  };
}

/** Runs a page read; a half-rendered pane that throws counts as "not there". */
export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
