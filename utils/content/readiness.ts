import type { PortalFeature } from '@/utils/features/types';
import { FeatureReadiness } from '@/utils/messages/readiness';
import type { ControllerContext } from './context';

/**
 * Asks the background what a feature can fill now. Asked when its pane
 * appears, after a fill, and whenever the session changes, so a control that
 * said "not ready" turns ready as soon as the values are known, without a
 * reload, and never contradicts the side panel.
 */
export async function refreshReadiness(ctx: ControllerContext, f: PortalFeature, render: () => void): Promise<void> {
  if (!f.fill) return;
  const reply = FeatureReadiness.safeParse(await ctx.send({ type: 'setup:get-readiness', feature: f.id }));
  const s = ctx.stateOf(f);
  if (!reply.success || !s.anchor) return;
  // New values (Entra's, read meanwhile): "nothing was filled" belongs to the old ones.
  if (JSON.stringify(reply.data) !== JSON.stringify(s.readiness)) s.unready = null;
  s.readiness = reply.data;
  render();
}
