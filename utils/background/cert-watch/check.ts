import { metadataRefusal, tenantMismatch } from '@/utils/background/setup/metadata-refresh';
import { fetchMetadata, type FetchLike } from '@/utils/setup/metadata';
import type { SessionStore } from '@/utils/setup/session-store';
import type { CloudId } from '@/utils/hosts';
import { evaluateWatch } from '@/utils/cert-watch/evaluate';
import { heldThumbprint } from '@/utils/cert-watch/held';
import { EMPTY_WATCH, type WatchState, type WatchedCert } from '@/utils/cert-watch/state';
import type { WatchStore } from '@/utils/cert-watch/watch-store';

/**
 * One run of the certificate watch: fetch the app's federation metadata (the
 * same pinned, public request as setup: Entra's sign-in host only, no
 * credentials), take the certificate Entra signs with, and compare it with the
 * one JustCall's SSO page showed as uploaded. The setup session is only read.
 */

export interface CheckDeps {
  store: SessionStore;
  watch: WatchStore;
  fetch: FetchLike;
  now: () => Date;
  /** The cloud the admin chose (utils/cloud/choice.ts): its sign-in host serves the metadata. */
  cloud?: () => Promise<CloudId>;
}

export const NOTHING_TO_WATCH = "Nothing to watch yet: open the app's SAML page in Entra once, so the assistant knows its metadata.";

/** What a check found: the state it stored, and why it could not check when it could not. */
export type CheckOutcome = { ok: true; state: WatchState } | { ok: false; error: string; state: WatchState };

export async function runCertCheck(deps: CheckDeps): Promise<CheckOutcome> {
  const session = await deps.store.read();
  const at = deps.now().toISOString();
  const failed = async (error: string): Promise<CheckOutcome> => {
    const state = await deps.watch.update((w) => {
      // A failed fetch says nothing new about the certificate: the last alert stands.
      w.lastCheck = { at, ok: false, error: error.slice(0, 512) };
    });
    return { ok: false, error, state };
  };
  const url = session.values.metadataUrl?.value;
  // Before setup has got this far there is nothing to watch, and nothing worth storing (the daily alarm runs anyway).
  if (!url || !session.values.appId) return { ok: false, error: NOTHING_TO_WATCH, state: await deps.watch.read() };
  const cloud = (await deps.cloud?.()) ?? 'public';
  const refused = metadataRefusal(session, url, cloud);
  if (refused) return failed(refused);
  const fetched = await fetchMetadata(url, deps.fetch, undefined, cloud);
  const mismatch = tenantMismatch(url, fetched, cloud);
  if (mismatch) return failed(mismatch);
  if (!fetched.ok) return failed(fetched.error);
  const first = fetched.certificates[0];
  if (!first) return failed('The metadata carries no signing certificate.');
  const active: WatchedCert = { sha1: first.sha1, notAfter: first.notAfter, subject: first.subject.slice(0, 512) };
  const held = heldThumbprint(session);
  const alert = evaluateWatch(active, held, deps.now());
  const state = await deps.watch.update((w) => {
    w.lastCheck = { at, ok: true };
    w.active = active;
    w.held = held;
    w.alert = alert;
  });
  return { ok: true, state };
}

/**
 * JustCall's page showed another certificate (the admin uploaded one): judge
 * again against the last metadata, without fetching, so the warning follows.
 */
export async function reevaluate(deps: Omit<CheckDeps, 'fetch'>): Promise<WatchState | null> {
  const session = await deps.store.read();
  const current = await deps.watch.read();
  // The admin started over: what was watched belongs to the old setup, badge and all.
  if (!session.values.metadataUrl) {
    if (!current.lastCheck && !current.rotation) return null;
    return deps.watch.update((w) => Object.assign(w, structuredClone(EMPTY_WATCH)));
  }
  const held = heldThumbprint(session);
  if (!current.active || held === current.held) return null;
  const active = current.active;
  return deps.watch.update((w) => {
    w.held = held;
    w.alert = evaluateWatch(active, held, deps.now());
  });
}
