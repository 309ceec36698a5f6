import type { SetupFilled, SetupObserved } from '@/utils/messages/setup';
import type { FillPlan } from '@/utils/messages/fill-plan';
import { appendChanges, changesFromFill } from '@/utils/setup/changelog';
import type { FetchLike } from '@/utils/setup/metadata';
import type { CloudId, PortalName } from '@/utils/hosts';
import type { CertificateRecord, FeatureId, SetupSession, SetupSettings, ValueKey } from '@/utils/setup/session';
import type { SessionStore } from '@/utils/setup/session-store';
import { takeCertificateFile, takePageCertificate } from './certificate-intake';
import { metadataIsStale, refreshMetadata, type Result } from './metadata-refresh';
import { applyObservation, settlePending } from './observations';
import { buildPlan } from './plans';
import { readinessOf } from './readiness';
import { declineSecret, releaseSecret, tokenAccess } from './secret-access';
import type { FrameRef } from './frames';
import type { FeatureReadiness } from '@/utils/messages/readiness';

/**
 * The background's setup logic, free of browser APIs so it runs in unit tests:
 * it folds what content scripts saw into the session, builds fill plans, keeps
 * the change log, fetches metadata and takes care of the SCIM token.
 */

export interface SetupServiceDeps {
  store: SessionStore;
  fetch?: FetchLike;
  now?: () => Date;
  /** A certificate rotation's new certificate (utils/cert-watch/rotation.ts): JustCall is filled with it, not the active one. */
  rotationCertificate?: () => Promise<CertificateRecord | null>;
  /** The cloud the admin chose (utils/cloud/choice.ts); the metadata fetch follows it. */
  cloud?: () => Promise<CloudId>;
}

/** The reply to an observation: the certificates section may be asked for its Base64 download. */
export type ObserveReply = { ok: true; fetchCertificate?: true };

export function createSetupService(deps: SetupServiceDeps) {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const fetchImpl: FetchLike = deps.fetch ?? ((url, init) => fetch(url, init));
  const at = () => now().toISOString();
  const cloudOf = deps.cloud ?? (() => Promise.resolve<CloudId>('public'));
  const refresh = async (): Promise<Result> => refreshMetadata(store, fetchImpl, now, await cloudOf());

  async function observe(msg: SetupObserved, frame: FrameRef | null = null): Promise<ObserveReply> {
    const next = await store.update((s) => applyObservation(s, msg, at(), frame?.kind ?? 'top'));
    // The section's metadata URL, or the app's ids it is checked against, may just have arrived.
    if ((msg.feature === 'entra/certificates' || msg.feature === 'entra/create-app') && metadataIsStale(next)) {
      await refresh();
    }
    if (msg.feature !== 'entra/certificates') return { ok: true };
    // The page's own "Certificate (Base64)" link is the fallback when the metadata could not be had.
    const after = await store.read();
    const needsDownload = after.certificate === null && after.metadata !== null && !after.metadata.ok;
    return needsDownload && typeof msg.values.certificateBase64Url === 'string' ? { ok: true, fetchCertificate: true } : { ok: true };
  }

  async function filled(msg: SetupFilled): Promise<Result> {
    const when = at();
    await store.update((s) => {
      s.fills[msg.feature] = { url: msg.url, at: when, results: msg.results };
      appendChanges(s, changesFromFill(msg.feature, msg.url, when, msg.results));
    });
    if (msg.feature === 'entra/provisioning-credentials') {
      const token = msg.results.find((r) => r.field === 'secretToken');
      if (token && (token.status === 'filled' || token.status === 'already-right')) await store.clearScimToken();
    }
    return { ok: true };
  }

  /** The session a plan is built from: during a rotation, JustCall gets the new certificate before Entra signs with it. */
  async function planSession(feature: FeatureId): Promise<SetupSession> {
    const session = await store.read();
    const rotated = feature === 'justcall/sso' ? await deps.rotationCertificate?.() : null;
    return rotated ? { ...session, certificate: rotated } : session;
  }

  /** What one frame may fill for a feature; the token only where the admin released it. */
  async function plan(feature: FeatureId, frame: FrameRef | null = null): Promise<FillPlan> {
    return buildPlan(await planSession(feature), feature, await tokenAccess(store, feature, frame, now()));
  }

  async function readiness(feature: FeatureId, frame: FrameRef | null = null): Promise<FeatureReadiness> {
    return readinessOf(await planSession(feature), feature, await tokenAccess(store, feature, frame, now()));
  }

  return {
    store,
    observe,
    filled,
    plan,
    readiness,
    releaseSecret: () => releaseSecret(store, now()),
    /** The admin's answer in the side panel to a value that waits (./observations.ts). */
    async settleValue(key: ValueKey, use: boolean): Promise<Result> {
      let found = false;
      await store.update((s) => {
        found = settlePending(s, key, use);
      });
      return found ? { ok: true } : { ok: false, error: 'That value no longer waits for an answer.' };
    },
    declineSecret: () => declineSecret(store),
    refreshMetadata: refresh,
    async language(portal: PortalName, lang: string, url: string): Promise<Result> {
      const english = lang === '' || /^en(-|$)/i.test(lang);
      await store.update((s) => {
        s.languages[portal] = { lang: lang || 'unknown', english, at: at(), url };
      });
      return { ok: true };
    },
    /** The Certificate (Base64) download, used only when metadata gave none. */
    certDownload: (text: string, url: string) => takePageCertificate(store, text, url, at()),
    importCertificate: (text: string, name: string) => takeCertificateFile(store, text, name, at()),
    async scimToken(value: string, url: string): Promise<Result> {
      await store.writeScimToken({ value, readAt: at(), url });
      return { ok: true };
    },
    async ackLockout(value: boolean): Promise<Result> {
      await store.update((s) => {
        s.lockoutAcknowledged = value;
      });
      return { ok: true };
    },
    async settings(change: Partial<SetupSettings>): Promise<Result> {
      await store.update((s) => {
        if (change.defaultRole) s.settings.defaultRole = change.defaultRole;
        if (typeof change.clickSave === 'boolean') s.settings.clickSave = change.clickSave;
      });
      return { ok: true };
    },
    async reset(): Promise<Result> {
      await store.reset();
      return { ok: true };
    },
    async state() {
      return { session: await store.read(), hasScimToken: (await store.readScimToken()) !== null };
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
