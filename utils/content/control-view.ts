import type { PortalFeature } from '@/utils/features/types';
import type { ControllerContext } from './context';
import type { ControlProps, PointProps } from './control-model';
import { controlView, type ControlInput } from './control-state';
import type { FeatureState } from './feature-state';
import { clearHighlights, highlight } from './highlight';
import { canPointAt } from './point-at-field';

/** The in-page control of one feature: shown while it has something to offer or say. */

export interface ControlActions {
  fill(feature: PortalFeature): void;
  replace(feature: PortalFeature, field: string): void;
  readAll(feature: PortalFeature): void;
  /** "Point at the field" (./point-at-field.ts); absent where the controller offers none. */
  point?(feature: PortalFeature, field: string): void;
  cancelPoint?(feature: PortalFeature): void;
}

function props(ctx: ControllerContext, f: PortalFeature, s: FeatureState, actions: ControlActions): ControlProps {
  return {
    ...viewOf(f, s),
    onFill: () => actions.fill(f),
    onReplace: (field) => actions.replace(f, field),
    onReadAll: () => actions.readAll(f),
    onCopy: ctx.deps.copy,
    ...pointProps(f, s, actions),
  };
}

function pointProps(f: PortalFeature, s: FeatureState, actions: ControlActions): PointProps {
  const { point, cancelPoint } = actions;
  if (!point || !cancelPoint) return {};
  return {
    pointing: s.pointing?.field ?? null,
    canPoint: (field) => !s.busy && s.results.some((r) => r.field === field && canPointAt(f, r)),
    onPoint: (field) => point(f, field),
    onCancelPoint: () => cancelPoint(f),
  };
}

/** What the state machine is given for one feature now. */
export function inputOf(f: PortalFeature, s: FeatureState): ControlInput {
  return {
    title: f.title,
    fillsFrom: f.fill?.from ?? null,
    canFill: s.canFill,
    fillsHere: s.fillsHere,
    readiness: s.readiness,
    busy: s.busy,
    results: s.results,
    consent: s.consent,
    commit: s.commit.filter((h) => h.el.isConnected).map((h) => h.label),
    unready: s.unready,
    error: s.error,
    next: s.next && s.next.el.isConnected ? s.next.label : null,
    notes: s.notes,
    partialList: s.partialList,
    reading: s.reading,
  };
}

const viewOf = (f: PortalFeature, s: FeatureState) => controlView(inputOf(f, s));

/** The page's "next" button is outlined exactly while the control says to click it. */
function syncNextHighlight(s: FeatureState, shown: boolean): void {
  const el = shown && s.next?.el.isConnected ? s.next.el : null;
  if (s.highlightedNext && s.highlightedNext !== el) clearHighlights([s.highlightedNext]);
  if (el && s.highlightedNext !== el) highlight(el);
  s.highlightedNext = el;
}

export function renderControl(ctx: ControllerContext, f: PortalFeature, actions: ControlActions): void {
  const s = ctx.stateOf(f);
  if (!s.anchor) {
    syncNextHighlight(s, false);
    return;
  }
  syncNextHighlight(s, viewOf(f, s).next !== null);
  const wantsControl =
    (f.fill !== undefined && s.canFill) ||
    s.notes.length > 0 ||
    s.next !== null ||
    s.results.length > 0 ||
    s.partialList !== null ||
    s.reading !== null;
  if (!wantsControl) {
    s.control?.unmount();
    s.control = null;
    return;
  }
  if (s.control && (!s.control.host.isConnected || s.control.anchor !== s.anchor)) {
    s.control.unmount();
    s.control = null;
  }
  if (!s.control) s.control = ctx.deps.mount(s.anchor, f.id, props(ctx, f, s, actions));
  else s.control.update(props(ctx, f, s, actions));
}
