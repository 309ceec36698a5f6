import { metadataRefusal, tenantMismatch } from '@/utils/background/setup/metadata-refresh';
import { fetchMetadata, type FetchLike } from '@/utils/setup/metadata';
import type { SetupSession } from '@/utils/setup/session';
import type { SessionStore } from '@/utils/setup/session-store';
import { evaluateWatch } from '@/utils/cert-watch/evaluate';
import { heldThumbprint } from '@/utils/cert-watch/held';
import type { WatchState, WatchedCert } from '@/utils/cert-watch/state';
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
}

/** Why there is nothing to check yet, or null once setup has got far enough. */
function notReady(session: SetupSession): string | null {
  const url = session.values.metadataUrl?.value;
  if (!url || !session.values.appId)
    return "Nothing to watch yet: open the app's SAML page in Entra once, so the assistant knows its metadata.";
  return metadataRefusal(session, url);
}

export async function runCertCheck(deps: CheckDeps): Promise<WatchState> {
  const session = await deps.store.read();
  const at = deps.now().toISOString();
  const failed = (error: string) =>
    deps.watch.update((w) => {
      // A failed fetch says nothing new about the certificate: the last alert stands.
      w.lastCheck = { at, ok: false, error: error.slice(0, 512) };
    });
  const blocked = notReady(session);
  if (blocked) return failed(blocked);
  const url = session.values.metadataUrl?.value ?? '';
  const fetched = await fetchMetadata(url, deps.fetch);
  const refused = tenantMismatch(url, fetched);
  if (refused) return failed(refused);
  if (!fetched.ok) return failed(fetched.error);
  const first = fetched.certificates[0];
  if (!first) return failed('The metadata carries no signing certificate.');
  const active: WatchedCert = { sha1: first.sha1, notAfter: first.notAfter, subject: first.subject.slice(0, 512) };
  const held = heldThumbprint(session);
  const alert = evaluateWatch(active, held, deps.now());
  return deps.watch.update((w) => {
    w.lastCheck = { at, ok: true };
    w.active = active;
    w.held = held;
    w.alert = alert;
  });
}

/**
 * JustCall's page showed another certificate (the admin uploaded one): judge
 * again against the last metadata, without fetching, so the warning follows.
 */
export async function reevaluate(deps: Omit<CheckDeps, 'fetch'>): Promise<WatchState | null> {
  const held = heldThumbprint(await deps.store.read());
  const current = await deps.watch.read();
  if (!current.active || held === current.held) return null;
  const active = current.active;
  return deps.watch.update((w) => {
    w.held = held;
    w.alert = evaluateWatch(active, held, deps.now());
  });
}
