import type { PortalFeature } from '@/utils/features/types';
import { partialListOf } from './read-lists';
import type { SetupObserved } from '@/utils/messages/setup';
import { SetupObserveReply } from '@/utils/messages/observe-reply';
import { safe, type ControllerContext } from './context';
import { forgetPane, startAfresh } from './feature-state';
import { refreshCommit } from './fill-flow';
import { refreshReadiness } from './readiness';

/**
 * One feature, once per scan: is its pane there, what does it show (reported
 * to the background when it changed), what should the admin click next, and
 * what should the control say.
 */

function report(ctx: ControllerContext, f: PortalFeature, read: unknown): void {
  const s = ctx.stateOf(f);
  const observed = safe(() => f.observe?.(read, ctx.doc) ?? null, null);
  if (observed) {
    const saved = observed.saved && s.dirtyAnchor === null;
    const body = JSON.stringify([saved, observed.values]);
    if (body !== s.lastSent) {
      s.lastSent = body;
      const message: SetupObserved = { type: 'setup:observed', feature: f.id, url: ctx.url(), saved, values: observed.values };
      void ctx.send(message).then((raw) => {
        const reply = SetupObserveReply.safeParse(raw);
        const href = reply.success && reply.data.fetchCertificate ? safe(() => f.download?.(read) ?? null, null) : null;
        return href && ctx.deps.fetchDownload ? ctx.deps.fetchDownload(href) : undefined;
      });
    }
  }
  const secret = safe(() => f.secret?.(read) ?? null, null);
  if (secret && secret !== s.lastSecret) {
    s.lastSecret = secret;
    void ctx.send({ type: 'setup:scim-token', value: secret.slice(0, 4096), url: ctx.url() });
  }
}

/** A draft's pane re-rendered away, or (Knockout's context pane, kept in the DOM) closed and hidden. */
function isGone(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden]')) return true;
  const visible = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof visible === 'function' && !visible.call(el);
}

function isHiddenFrame(ctx: ControllerContext): boolean {
  const win = ctx.win;
  return !!win && win.top !== win && (win.innerWidth === 0 || win.innerHeight === 0);
}

export function observeFeature(
  ctx: ControllerContext,
  f: PortalFeature,
  watchDrafts: (f: PortalFeature) => void,
  render: () => void,
): void {
  const s = ctx.stateOf(f);
  // An inactive React view stays in the DOM with no size: nothing there is the admin's pane now.
  const anchor = isHiddenFrame(ctx) ? null : safe(() => f.detect(ctx.doc), null);
  if (!anchor) {
    if (s.anchor) forgetPane(s);
    return;
  }
  const appeared = s.anchor !== anchor;
  // Another pane of the feature (a claim opened from the list, a form re-mounted after Save): its results start afresh.
  if (appeared && s.anchor) startAfresh(s);
  s.anchor = anchor;
  if (appeared) void refreshReadiness(ctx, f, render);
  if (s.dirtyAnchor && isGone(s.dirtyAnchor)) s.dirtyAnchor = null;
  watchDrafts(f);
  const read = safe(() => f.collect(ctx.doc), null);
  if (read !== null) report(ctx, f, read);
  s.next = safe(() => f.nextClick?.(ctx.doc) ?? null, null);
  s.notes = safe(() => f.notes?.(ctx.doc) ?? [], []);
  s.canFill = safe(() => f.fill?.canFill?.(ctx.doc) ?? true, false);
  s.fillsHere = safe(() => f.fill?.fillsHere?.(ctx.doc) ?? null, null);
  s.partialList = partialListOf(ctx, f);
  refreshCommit(ctx, f, s);
  render();
}
