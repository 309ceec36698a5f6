import type { PortalFeature } from '@/utils/features/types';
import type { ControlProps } from './control-model';
import type { ControllerContext } from './context';
import type { FeatureState } from './feature-state';

/** The in-page control of one feature: shown while it has something to offer or say. */

export interface ControlActions {
  fill(feature: PortalFeature): void;
  replace(feature: PortalFeature, field: string): void;
}

function props(ctx: ControllerContext, f: PortalFeature, s: FeatureState, actions: ControlActions): ControlProps {
  return {
    title: f.title,
    ...(f.fill && s.canFill ? { fillFrom: f.fill.from } : {}),
    busy: s.busy,
    missing: s.missing,
    results: s.results,
    notes: s.notes,
    commit: s.commit.filter((h) => h.el.isConnected).map((h) => h.label),
    next: s.next && s.next.el.isConnected ? s.next.label : null,
    error: s.error,
    onFill: () => actions.fill(f),
    onReplace: (field) => actions.replace(f, field),
    onCopy: ctx.deps.copy,
  };
}

export function renderControl(ctx: ControllerContext, f: PortalFeature, actions: ControlActions): void {
  const s = ctx.stateOf(f);
  if (!s.anchor) return;
  const wantsControl = (f.fill !== undefined && s.canFill) || s.notes.length > 0 || s.next !== null || s.results.length > 0;
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
