import type { FillPlan, SetupFilled, SetupObserved } from '@/utils/messages/setup';
import { appendChanges, changesFromFill } from '@/utils/setup/changelog';
import { derToPem, fetchMetadata, pickSigningCert, type FetchLike, type MetadataResult } from '@/utils/setup/metadata';
import { PROFILE_VALIDATORS, REQUIRED_CLAIMS, tenantIdFrom } from '@/utils/setup/profile';
import type { CertInfo } from '@/utils/saml/types';
import { certificatesFromInput, loadCertificate } from '@/utils/saml/cert';
import {
  featurePortal,
  type CertificateRecord,
  type FeatureKey,
  type SessionPortal,
  type SetupSession,
  type SetupSettings,
  type ValueKey,
  type ValueSource,
} from '@/utils/setup/session';
import type { SessionStore } from '@/utils/setup/session-store';
import { describeSource, expectedValue } from '@/utils/setup/wizard-state';

/**
 * The background's setup logic, free of browser APIs so it runs in unit tests:
 * it folds what content scripts saw into the session, builds fill plans, keeps
 * the change log, fetches metadata and takes care of the SCIM token.
 */

export interface SetupServiceDeps {
  store: SessionStore;
  fetch?: FetchLike;
  now?: () => Date;
}

type Result = { ok: true } | { ok: false; error: string };

const ENTRA_OBSERVED_VALUES: Partial<Record<FeatureKey, Partial<Record<string, ValueKey>>>> = {
  'entra/create-app': { appName: 'appName', appId: 'appId', objectId: 'objectId' },
  'entra/basic-saml': { appName: 'appName', appId: 'appId', objectId: 'objectId' },
  'entra/claims': { appId: 'appId', objectId: 'objectId' },
  'entra/certificates': { metadataUrl: 'metadataUrl', appName: 'appName', appId: 'appId', objectId: 'objectId' },
  'entra/setup-app': { loginUrl: 'loginUrl', identifier: 'entraIdentifier', logoutUrl: 'logoutUrl', appId: 'appId', objectId: 'objectId' },
  'entra/users-groups': { appId: 'appId', objectId: 'objectId' },
  'entra/provisioning': { appId: 'appId', objectId: 'objectId' },
  'entra/provisioning-credentials': {},
  'justcall/sso': { acsUrl: 'acsUrl', entityId: 'entityId' },
  'justcall/provisioning': { tenantUrl: 'scimTenantUrl' },
};

const VALIDATORS: Partial<Record<ValueKey, { safeParse(v: unknown): { success: boolean } }>> = {
  entityId: PROFILE_VALIDATORS.entityId,
  acsUrl: PROFILE_VALIDATORS.acsUrl,
  loginUrl: PROFILE_VALIDATORS.loginUrl,
  entraIdentifier: PROFILE_VALIDATORS.issuer,
  scimTenantUrl: PROFILE_VALIDATORS.scimTenantUrl,
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function acceptable(key: ValueKey, value: string): boolean {
  if (value.trim() === '') return false;
  if (key === 'appId' || key === 'objectId') return GUID.test(value);
  return VALIDATORS[key]?.safeParse(value).success ?? true;
}

function certRecord(info: CertInfo, source: ValueSource): CertificateRecord {
  return {
    der: info.der,
    sha1: info.sha1,
    sha256: info.sha256,
    notBefore: info.notBefore,
    notAfter: info.notAfter,
    subject: info.subject.slice(0, 512),
    source,
  };
}

function firstText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

export function createSetupService(deps: SetupServiceDeps) {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const fetchImpl: FetchLike = deps.fetch ?? ((url, init) => fetch(url, init));

  function applyMetadata(s: SetupSession, url: string, at: string, result: MetadataResult): void {
    if (!result.ok) {
      s.metadata = { url, at, ok: false, error: result.error, thumbprints: [] };
      return;
    }
    s.metadata = {
      url,
      at,
      ok: true,
      ...(result.loginUrl ? { loginUrl: result.loginUrl } : {}),
      ...(result.identifier ? { identifier: result.identifier } : {}),
      thumbprints: result.certificates.map((c) => c.sha1),
    };
    const source: ValueSource = { kind: 'metadata', url, at };
    if (result.loginUrl && acceptable('loginUrl', result.loginUrl)) s.values.loginUrl = { value: result.loginUrl, source };
    if (result.identifier && acceptable('entraIdentifier', result.identifier))
      s.values.entraIdentifier = { value: result.identifier, source };
    const tenant = result.loginUrl ? tenantIdFrom(result.loginUrl) : null;
    if (tenant) s.values.tenantId = { value: tenant, source };
    const blade = firstText(s.observations['entra/certificates']?.values.thumbprint);
    const cert = pickSigningCert(result.certificates, blade);
    if (cert) s.certificate = certRecord(cert, source);
  }

  async function refreshMetadata(): Promise<Result> {
    const session = await store.read();
    const url = session.values.metadataUrl?.value;
    if (!url) return { ok: false, error: "The App Federation Metadata Url has not been read yet: open the app's SAML page." };
    const result = await fetchMetadata(url, fetchImpl);
    const at = now().toISOString();
    await store.update((s) => applyMetadata(s, url, at, result));
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  }

  /** Fetch again when the metadata URL is new, or the blade shows a certificate the last fetch did not carry (a rotation). */
  function metadataIsStale(s: SetupSession): boolean {
    const url = s.values.metadataUrl?.value;
    if (!url) return false;
    if (!s.metadata || s.metadata.url !== url) return true;
    const blade = firstText(s.observations['entra/certificates']?.values.thumbprint);
    return !!blade && s.certificate?.sha1.replace(/\W/g, '').toUpperCase() !== blade.replace(/\W/g, '').toUpperCase();
  }

  async function observe(msg: SetupObserved): Promise<Result> {
    const at = now().toISOString();
    const portal = featurePortal(msg.feature);
    const next = await store.update((s) => {
      const previous = s.observations[msg.feature];
      // A form still being edited does not hide what was seen saved: DONE needs the saved view.
      if (msg.saved || !previous?.saved) s.observations[msg.feature] = { url: msg.url, at, saved: msg.saved, values: msg.values };
      const mapping = ENTRA_OBSERVED_VALUES[msg.feature] ?? {};
      for (const [field, key] of Object.entries(mapping)) {
        if (!key) continue;
        const value = firstText(msg.values[field])?.trim();
        if (!value || !acceptable(key, value)) continue;
        // Metadata outranks the blade for the IdP values (DESIGN decision 5).
        if ((key === 'loginUrl' || key === 'entraIdentifier') && s.values[key]?.source.kind === 'metadata') continue;
        if (s.values[key]?.value === value) continue;
        s.values[key] = { value, source: { kind: 'page', portal, url: msg.url, feature: msg.feature, at } };
      }
      if (msg.feature === 'entra/setup-app') {
        const login = s.values.loginUrl?.value;
        const tenant = login ? tenantIdFrom(login) : null;
        if (tenant && !s.values.tenantId)
          s.values.tenantId = { value: tenant, source: { kind: 'page', portal, url: msg.url, feature: msg.feature, at } };
      }
    });
    if (msg.feature === 'entra/certificates' && metadataIsStale(next)) await refreshMetadata();
    return { ok: true };
  }

  async function filled(msg: SetupFilled): Promise<Result> {
    const at = now().toISOString();
    await store.update((s) => {
      s.fills[msg.feature] = { url: msg.url, at, results: msg.results };
      appendChanges(s, changesFromFill(msg.feature, msg.url, at, msg.results));
    });
    if (msg.feature === 'entra/provisioning-credentials') {
      const token = msg.results.find((r) => r.field === 'secretToken');
      if (token && (token.status === 'filled' || token.status === 'already-right')) await store.clearScimToken();
    }
    return { ok: true };
  }

  function sourceText(s: SetupSession, key: ValueKey): string {
    const carried = s.values[key];
    return carried
      ? describeSource(carried.source)
      : key === 'entityId' || key === 'acsUrl'
        ? "JustCall's documented default"
        : 'The setup guide';
  }

  async function plan(feature: FeatureKey): Promise<FillPlan> {
    const s = await store.read();
    const values: Record<string, string> = {};
    const sources: Record<string, string> = {};
    const missing: string[] = [];
    const take = (field: string, key: ValueKey, label: string) => {
      const v = expectedValue(s, key);
      if (v && acceptable(key, v)) {
        values[field] = v;
        sources[field] = sourceText(s, key);
      } else missing.push(label);
    };
    let certificate: FillPlan['certificate'] = null;
    let secretToken: string | null = null;
    switch (feature) {
      case 'entra/create-app':
        take('appName', 'appName', 'Application name');
        break;
      case 'entra/basic-saml':
        take('identifier', 'entityId', 'Identifier (Entity ID)');
        take('replyUrl', 'acsUrl', 'Reply URL');
        take('signOnUrl', 'signOnUrl', 'Sign on URL');
        break;
      case 'entra/claims':
        for (const c of REQUIRED_CLAIMS) {
          values[c.name] = c.sourceAttribute;
          sources[c.name] = "JustCall's claim list (setup guide)";
        }
        break;
      case 'justcall/sso':
        take('ssoUrl', 'loginUrl', "SSO URL (Entra Login URL): open the app's SAML page in Entra");
        take('issuer', 'entraIdentifier', "Issuer (Entra Identifier): open the app's SAML page in Entra");
        values.defaultRole = s.settings.defaultRole;
        sources.defaultRole = 'Your setting in the assistant';
        if (s.certificate) {
          certificate = {
            pem: derToPem(s.certificate.der),
            fileName: `${(s.values.appName?.value ?? 'JustCall').replace(/[^\w.-]+/g, '_')}.cer`,
            thumbprint: s.certificate.sha1,
          };
          sources.certificate = describeSource(s.certificate.source);
        } else missing.push("Certificate: open the app's SAML page in Entra, or drop the Certificate (Base64) file on the assistant");
        break;
      case 'entra/provisioning':
        values.mode = 'Automatic';
        sources.mode = 'The setup guide';
        break;
      case 'entra/provisioning-credentials': {
        take('tenantUrl', 'scimTenantUrl', 'Tenant URL: open JustCall Settings → Security → Provisioning');
        const token = await store.readScimToken();
        if (token) {
          secretToken = token.value;
          sources.secretToken = describeSource({
            kind: 'page',
            portal: 'justcall',
            url: token.url,
            feature: 'justcall/provisioning',
            at: token.readAt,
          });
        } else missing.push('Secret Token: open JustCall Settings → Security → Provisioning and reveal it');
        break;
      }
      default:
        break;
    }
    return { feature, values, sources, certificate, secretToken, clickSave: s.settings.clickSave, missing };
  }

  async function useCertificateText(text: string, source: ValueSource): Promise<Result> {
    let certs: CertInfo[];
    try {
      certs = await certificatesFromInput(text);
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : 'Not a certificate.' };
    }
    const s = await store.read();
    const blade = firstText(s.observations['entra/certificates']?.values.thumbprint);
    const cert = pickSigningCert(certs, blade);
    if (!cert) return { ok: false, error: 'No certificate found.' };
    await store.update((draft) => {
      draft.certificate = certRecord(cert, source);
    });
    return { ok: true };
  }

  return {
    store,
    observe,
    filled,
    plan,
    refreshMetadata,
    async language(portal: SessionPortal, lang: string, url: string): Promise<Result> {
      const english = lang === '' || /^en(-|$)/i.test(lang);
      await store.update((s) => {
        s.languages[portal] = { lang: lang || 'unknown', english, at: now().toISOString(), url };
      });
      return { ok: true };
    },
    /** The Certificate (Base64) download, used only when metadata gave none. */
    async certDownload(text: string, url: string): Promise<Result> {
      const s = await store.read();
      if (s.certificate?.source.kind === 'metadata') return { ok: true };
      try {
        await loadCertificate(text);
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : 'Not a certificate.' };
      }
      return useCertificateText(text, { kind: 'page', portal: 'entra', url, feature: 'entra/certificates', at: now().toISOString() });
    },
    importCertificate(text: string, name: string): Promise<Result> {
      return useCertificateText(text, { kind: 'file', name, at: now().toISOString() });
    },
    async scimToken(value: string, url: string): Promise<Result> {
      await store.writeScimToken({ value, readAt: now().toISOString(), url });
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
