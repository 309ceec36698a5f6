import { featureById } from '@/utils/features';
import type { FeatureId } from '@/utils/setup/session';
import type { SessionStore } from '@/utils/setup/session-store';
import { grantHolds, NO_RELEASE, RELEASE_MINUTES, sameDestination, type SecretDestination } from '@/utils/setup/secret-release';
import type { FrameRef } from './frames';
import type { TokenAccess } from './plans';

/**
 * The SCIM token's way to a form. A frame that needs it is recorded as a
 * request; the side panel shows where it would go, and only the admin's
 * confirmation there (an extension page) grants it to that frame, for a few
 * minutes.
 */

function destination(feature: FeatureId, frame: FrameRef): SecretDestination {
  const f = featureById(feature);
  return {
    tabId: frame.tabId,
    frameId: frame.frameId,
    url: frame.url,
    topUrl: frame.topUrl,
    what: `${f?.title ?? feature} (${f?.page ?? ''})`.slice(0, 256),
  };
}

export async function tokenAccess(store: SessionStore, feature: FeatureId, frame: FrameRef | null, now: Date): Promise<TokenAccess> {
  const token = await store.readScimToken();
  if (!token) return { token: null };
  if (!featureById(feature)?.fill?.needs?.includes('secretToken') || !frame) return { token, released: false };
  // Hosting frames run many teams' portal extensions: they may be read, but are never offered the token (not even for confirmation).
  if (frame.kind !== 'top' && frame.kind !== 'view') return { token, released: false, foreign: true };
  const release = await store.readRelease();
  if (grantHolds(release, frame, now)) return { token, released: true };
  const to = destination(feature, frame);
  if (!release.request || !sameDestination(release.request.to, to)) {
    await store.writeRelease({ ...release, request: { to, at: now.toISOString() } });
  }
  return { token, released: false };
}

export type ReleaseResult = { ok: true; to: SecretDestination } | { ok: false; error: string };

/** The admin's confirmation in the side panel: the pending request becomes a grant. */
export async function releaseSecret(store: SessionStore, now: Date): Promise<ReleaseResult> {
  const release = await store.readRelease();
  if (!release.request) return { ok: false, error: 'No form is asking for the Secret Token.' };
  const until = new Date(now.getTime() + RELEASE_MINUTES * 60_000).toISOString();
  await store.writeRelease({ request: null, grant: { to: release.request.to, at: now.toISOString(), until } });
  return { ok: true, to: release.request.to };
}

export async function declineSecret(store: SessionStore): Promise<{ ok: true }> {
  const release = await store.readRelease();
  await store.writeRelease(release.grant ? { ...release, request: null } : NO_RELEASE);
  return { ok: true };
}
