import type { z } from 'zod';
import { STEPS, type StepId } from './steps';
import {
  ENTRA_DEFAULT_CLAIM_NAMESPACE,
  JUSTCALL_DEFAULTS,
  PROFILE_VALIDATORS,
  REQUIRED_CLAIMS,
} from './profile';
import type { FeatureKey, Observation, ObservedValue, SetupSession, ValueKey, ValueSource } from './session';
import { stepLink, type StepLink } from './links';
import { derToPem } from './pem';

/**
 * Pure derivation of what the wizard shows from the session: each step's
 * state, the cross-portal mismatches (each with its fix), and every carried
 * value with source and validity. A step is DONE only when a content script
 * has seen the result on a page; a click or a fill is never enough.
 */

export type StepState = 'not-started' | 'in-progress' | 'done' | 'problem';

export interface Mismatch {
  id: string;
  step: StepId;
  title: string;
  detail: string;
  fix: string;
}

export interface ValueView {
  key: ValueKey | 'certificate' | 'scimSecretToken';
  label: string;
  value: string;
  /** "Read from … at …" or "JustCall's documented default". */
  sourceText: string;
  valid: boolean;
  problem?: string;
  step: StepId;
  /** Secrets are never shown, only copied. */
  secret?: boolean;
  /** What Copy puts on the clipboard when it is not `value` (the certificate's PEM). */
  copyText?: string;
}

export interface MissingField {
  feature: FeatureKey;
  label: string;
  wanted: string;
  /** What the page holds now (conflicts). */
  current?: string;
  message?: string;
}

export interface StepView {
  id: StepId;
  guideStep: string;
  title: string;
  optional: boolean;
  state: StepState;
  summary: string;
  problems: Mismatch[];
  link: StepLink | null;
}

export interface WizardView {
  steps: StepView[];
  mismatches: Mismatch[];
  values: ValueView[];
  missing: MissingField[];
  conflicts: MissingField[];
  /** Portals whose pages are not in English: fill is off there, copy buttons stay. */
  foreignPortals: { portal: 'entra' | 'justcall'; lang: string }[];
}

export interface WizardContext {
  hasScimToken: boolean;
}

export const EXPECTED_CLAIMS = REQUIRED_CLAIMS;

// ---------- reading observations ----------

function text(obs: Observation | undefined, key: string): string | null {
  const v: ObservedValue | undefined = obs?.values[key];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

function list(obs: Observation | undefined, key: string): string[] {
  const v = obs?.values[key];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' && v !== '' ? [v] : [];
}

function rows(obs: Observation | undefined, key: string): Record<string, string>[] {
  const v = obs?.values[key];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is Record<string, string> => typeof x === 'object' && x !== null);
}

function flag(obs: Observation | undefined, key: string): boolean | null {
  const v = obs?.values[key];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    if (/^(on|yes|true|enabled|success|succeeded|passed)$/i.test(v.trim())) return true;
    if (/^(off|no|false|disabled|failure|failed)$/i.test(v.trim())) return false;
  }
  return null;
}

function num(obs: Observation | undefined, key: string): number | null {
  const v = obs?.values[key];
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.length;
  return null;
}

/** Thumbprints are shown with spaces or colons and in either case; compare them bare. */
export function sameThumbprint(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const bare = (s: string) => s.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return bare(a) !== '' && bare(a) === bare(b);
}

// ---------- expected values ----------

export function expectedValue(session: SetupSession, key: ValueKey): string | null {
  const carried = session.values[key]?.value;
  if (carried) return carried;
  if (key === 'entityId') return JUSTCALL_DEFAULTS.entityId;
  if (key === 'acsUrl') return JUSTCALL_DEFAULTS.acsUrl;
  if (key === 'signOnUrl') return JUSTCALL_DEFAULTS.signOnUrl;
  if (key === 'appName') return JUSTCALL_DEFAULTS.appName;
  return null;
}

function expectedSource(session: SetupSession, key: ValueKey): ValueSource | null {
  const carried = session.values[key];
  if (carried) return carried.source;
  if (key === 'entityId' || key === 'acsUrl') return { kind: 'default', note: "JustCall's documented default" };
  if (key === 'signOnUrl') return { kind: 'default', note: 'The sign-on URL the setup guide gives' };
  if (key === 'appName') return { kind: 'default', note: 'The name the setup guide gives' };
  return null;
}

export function describeSource(source: ValueSource): string {
  const when = (at: string) => {
    const d = new Date(at);
    return Number.isNaN(d.getTime()) ? at : d.toLocaleString();
  };
  switch (source.kind) {
    case 'page':
      return `Read from ${source.portal === 'entra' ? 'Entra' : 'JustCall'} (${pageName(source.url)}) at ${when(source.at)}`;
    case 'default':
      return source.note;
    case 'metadata':
      return `From Entra's federation metadata at ${when(source.at)}`;
    case 'file':
      return `From the file ${source.name} at ${when(source.at)}`;
  }
}

function pageName(url: string): string {
  try {
    const u = new URL(url);
    return u.host + (u.hash ? u.hash.slice(0, 60) : u.pathname);
  } catch {
    return url.slice(0, 80);
  }
}

const VALUE_LABELS: Record<ValueKey, { label: string; step: StepId; validator?: z.ZodType<string> }> = {
  entityId: { label: 'Entity ID (Identifier)', step: 'justcall-sso', validator: PROFILE_VALIDATORS.entityId },
  acsUrl: { label: 'ACS URL (Reply URL)', step: 'justcall-sso', validator: PROFILE_VALIDATORS.acsUrl },
  signOnUrl: { label: 'Sign on URL', step: 'basic-saml', validator: PROFILE_VALIDATORS.signOnUrl },
  appName: { label: 'Application name', step: 'create-app' },
  appId: { label: 'Application (client) ID', step: 'create-app' },
  objectId: { label: 'Object ID', step: 'create-app' },
  tenantId: { label: 'Tenant ID', step: 'certificate', validator: PROFILE_VALIDATORS.tenantId },
  metadataUrl: { label: 'App Federation Metadata Url', step: 'certificate' },
  loginUrl: { label: 'Login URL (SSO URL)', step: 'certificate', validator: PROFILE_VALIDATORS.loginUrl },
  entraIdentifier: { label: 'Microsoft Entra Identifier (Issuer)', step: 'certificate', validator: PROFILE_VALIDATORS.issuer },
  logoutUrl: { label: 'Logout URL', step: 'certificate' },
  scimTenantUrl: { label: 'Tenant URL (SCIM)', step: 'scim', validator: PROFILE_VALIDATORS.scimTenantUrl },
};

const SHOWN_VALUES: ValueKey[] = [
  'entityId',
  'acsUrl',
  'signOnUrl',
  'appName',
  'loginUrl',
  'entraIdentifier',
  'metadataUrl',
  'scimTenantUrl',
];

function valueViews(session: SetupSession, ctx: WizardContext): ValueView[] {
  const out: ValueView[] = [];
  for (const key of SHOWN_VALUES) {
    const value = expectedValue(session, key);
    const source = expectedSource(session, key);
    if (value === null || source === null) continue;
    const meta = VALUE_LABELS[key];
    const check = meta.validator?.safeParse(value);
    out.push({
      key,
      label: meta.label,
      value,
      sourceText: describeSource(source),
      valid: check ? check.success : true,
      ...(check && !check.success ? { problem: check.error.issues[0]?.message ?? 'Not valid.' } : {}),
      step: meta.step,
    });
  }
  const cert = session.certificate;
  if (cert) {
    const expired = Date.parse(cert.notAfter) < Date.now();
    out.push({
      key: 'certificate',
      label: 'Signing certificate',
      value: `Thumbprint ${cert.sha1}, expires ${cert.notAfter.slice(0, 10)}`,
      copyText: derToPem(cert.der),
      sourceText: describeSource(cert.source),
      valid: !expired,
      ...(expired ? { problem: 'This certificate has expired.' } : {}),
      step: 'certificate',
    });
  }
  if (ctx.hasScimToken) {
    out.push({
      key: 'scimSecretToken',
      label: 'Secret Token (SCIM)',
      value: '••••••••',
      sourceText: 'Read from JustCall; kept only until this browser closes or it is filled',
      valid: true,
      step: 'scim',
      secret: true,
    });
  }
  return out;
}

// ---------- mismatches ----------

/** Entra compares Identifiers and Reply URLs exactly; a trailing slash is a different value. */
function differsOnlyBySlash(a: string, b: string): boolean {
  return a !== b && a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

function basicSamlMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/basic-saml'];
  if (!obs?.saved) return [];
  const out: Mismatch[] = [];
  const entityId = expectedValue(session, 'entityId') ?? '';
  const acsUrl = expectedValue(session, 'acsUrl') ?? '';
  const signOn = expectedValue(session, 'signOnUrl') ?? '';
  const identifiers = list(obs, 'identifier');
  const replyUrls = list(obs, 'replyUrl');
  if (identifiers.length > 0 && !identifiers.includes(entityId)) {
    const slash = identifiers.find((i) => differsOnlyBySlash(i, entityId));
    out.push({
      id: 'identifier-mismatch',
      step: 'basic-saml',
      title: slash ? 'Identifier differs from the Entity ID by a trailing slash' : 'Identifier (Entity ID) does not match JustCall',
      detail: `Entra has "${identifiers.join('", "')}"; JustCall's Entity ID is "${entityId}". Sign-in fails with AADSTS700016.`,
      fix: `Edit Basic SAML Configuration and set Identifier (Entity ID) to exactly "${entityId}".`,
    });
  }
  if (replyUrls.length > 0 && !replyUrls.includes(acsUrl)) {
    out.push({
      id: 'reply-url-mismatch',
      step: 'basic-saml',
      title: 'Reply URL in Entra is not JustCall\'s ACS URL',
      detail: `Entra has "${replyUrls.join('", "')}"; JustCall's ACS URL is "${acsUrl}". Sign-in fails with AADSTS50011.`,
      fix: `Edit Basic SAML Configuration and set Reply URL (Assertion Consumer Service URL) to exactly "${acsUrl}".`,
    });
  }
  const seenSignOn = text(obs, 'signOnUrl');
  if (seenSignOn !== null && seenSignOn !== '' && seenSignOn !== signOn) {
    out.push({
      id: 'sign-on-url-mismatch',
      step: 'basic-saml',
      title: 'Sign on URL is not JustCall\'s login page',
      detail: `Entra has "${seenSignOn}"; the guide gives "${signOn}".`,
      fix: `Edit Basic SAML Configuration and set Sign on URL to "${signOn}".`,
    });
  }
  return out;
}

export interface ClaimCheck {
  name: string;
  ok: boolean;
  problem?: string;
}

export function checkClaims(claimRows: readonly Record<string, string>[]): { checks: ClaimCheck[]; warnings: string[] } {
  const warnings: string[] = [];
  const checks = REQUIRED_CLAIMS.map((want): ClaimCheck => {
    const bare = claimRows.filter((r) => (r.name ?? '') === want.name && (r.namespace ?? '') === '');
    const namespaced = claimRows.find((r) => (r.name ?? '') === want.name && (r.namespace ?? '') !== '');
    const full = claimRows.find((r) => (r.name ?? '') === `${ENTRA_DEFAULT_CLAIM_NAMESPACE}/${want.name}`);
    const row = bare[0];
    if (row) {
      const source = (row.source ?? '').toLowerCase();
      if (source === want.sourceAttribute) return { name: want.name, ok: true };
      return { name: want.name, ok: false, problem: `"${want.name}" comes from ${row.source || 'nothing'}; it must come from ${want.sourceAttribute}.` };
    }
    if (namespaced || full) {
      return {
        name: want.name,
        ok: false,
        problem: `"${want.name}" has a Namespace, so JustCall receives ${ENTRA_DEFAULT_CLAIM_NAMESPACE}/${want.name}; clear the Namespace.`,
      };
    }
    return { name: want.name, ok: false, problem: `There is no "${want.name}" claim (from ${want.sourceAttribute}).` };
  });
  if (claimRows.some((r) => (r.source ?? '').toLowerCase() === 'user.userprincipalname' && (r.name ?? '') !== 'name' && !/nameid|unique user identifier/i.test(r.name ?? ''))) {
    warnings.push('A claim comes from user.userprincipalname; JustCall matches users by email (user.mail), which differs from the UPN for many users.');
  }
  return { checks, warnings };
}

function claimMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/claims'];
  if (!obs) return [];
  const { checks, warnings } = checkClaims(rows(obs, 'claims'));
  const out: Mismatch[] = checks
    .filter((c) => !c.ok)
    .map((c) => ({
      id: `claim-${c.name}`,
      step: 'claims' as const,
      title: `Claim "${c.name}" is not right`,
      detail: c.problem ?? '',
      fix: 'Open Attributes & Claims and use "Fill from JustCall", or set Name, an empty Namespace and the Source attribute by hand.',
    }));
  for (const w of warnings) out.push({ id: 'claim-upn', step: 'claims', title: 'A claim uses user.userprincipalname', detail: w, fix: 'Use user.mail unless every UPN equals the user\'s email.' });
  return out;
}

function certificateMismatches(session: SetupSession): Mismatch[] {
  const out: Mismatch[] = [];
  const blade = session.observations['entra/certificates'];
  const active = text(blade, 'thumbprint');
  const meta = session.metadata;
  if (meta && !meta.ok) {
    out.push({
      id: 'metadata-unavailable',
      step: 'certificate',
      title: 'Could not read the federation metadata',
      detail: meta.error ?? 'The metadata request failed.',
      fix: 'Use "Certificate (Base64)" on the SAML Certificates section, or drop the downloaded file on this panel.',
    });
  }
  if (meta?.ok && active && meta.thumbprints.length > 0 && !meta.thumbprints.some((t) => sameThumbprint(t, active))) {
    out.push({
      id: 'metadata-cert-mismatch',
      step: 'certificate',
      title: 'The metadata certificate is not the blade\'s active one',
      detail: `The SAML Certificates section shows ${active}; the metadata carries ${meta.thumbprints.join(', ')}.`,
      fix: 'Reload the SAML page so both show the same certificate, then read it again.',
    });
  }
  const setupApp = session.observations['entra/setup-app'];
  const bladeLogin = text(setupApp, 'loginUrl');
  if (meta?.ok && meta.loginUrl && bladeLogin && meta.loginUrl !== bladeLogin) {
    out.push({
      id: 'metadata-login-mismatch',
      step: 'certificate',
      title: 'The Login URL differs between the blade and the metadata',
      detail: `Blade: ${bladeLogin}; metadata: ${meta.loginUrl}.`,
      fix: 'Check that the metadata URL belongs to this application and tenant.',
    });
  }
  return out;
}

function justcallMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['justcall/sso'];
  if (!obs?.saved) return [];
  const out: Mismatch[] = [];
  const loginUrl = expectedValue(session, 'loginUrl');
  const issuer = expectedValue(session, 'entraIdentifier');
  const ssoUrl = text(obs, 'ssoUrl');
  const seenIssuer = text(obs, 'issuer');
  if (loginUrl && ssoUrl && ssoUrl !== loginUrl) {
    out.push({
      id: 'sso-url-mismatch',
      step: 'justcall-idp',
      title: 'JustCall\'s SSO URL is not Entra\'s Login URL',
      detail: `JustCall has "${ssoUrl}"; Entra's Login URL is "${loginUrl}".`,
      fix: `Set SSO URL in JustCall to "${loginUrl}" and click Save Configuration.`,
    });
  }
  if (issuer && seenIssuer && seenIssuer !== issuer) {
    out.push({
      id: 'issuer-mismatch',
      step: 'justcall-idp',
      title: differsOnlyBySlash(seenIssuer, issuer) ? 'JustCall\'s Issuer differs by a trailing slash' : 'JustCall\'s Issuer is not Entra\'s Identifier',
      detail: `JustCall has "${seenIssuer}"; Entra's Identifier is "${issuer}".`,
      fix: `Set Issuer / Entity ID in JustCall to "${issuer}" (with the trailing slash) and click Save Configuration.`,
    });
  }
  const jcThumb = text(obs, 'certificateThumbprint');
  const activeThumb = text(session.observations['entra/certificates'], 'thumbprint') ?? session.certificate?.sha1 ?? null;
  if (jcThumb && activeThumb && !sameThumbprint(jcThumb, activeThumb)) {
    out.push({
      id: 'certificate-mismatch',
      step: 'justcall-idp',
      title: 'JustCall trusts a different certificate than Entra signs with',
      detail: `JustCall's certificate thumbprint is ${jcThumb}; Entra's active certificate is ${activeThumb}. Sign-ins fail the signature check (for example after a certificate rotation).`,
      fix: 'Upload Entra\'s active certificate in JustCall ("Fill from Entra" does it) and click Save Configuration.',
    });
  }
  return out;
}

function assignmentMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/users-groups'];
  if (!obs) return [];
  const count = num(obs, 'assigned');
  if (count === 0) {
    return [
      {
        id: 'no-users-assigned',
        step: 'assignment',
        title: 'No users or groups are assigned',
        detail: 'Only assigned users can sign in; everyone else gets AADSTS50105. Nested groups do not count.',
        fix: 'Users and groups → Add user/group → select users or groups → Assign.',
      },
    ];
  }
  return [];
}

function scimMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/provisioning-credentials'];
  if (!obs?.saved) return [];
  const jcUrl = session.values.scimTenantUrl?.value;
  const seen = text(obs, 'tenantUrl');
  if (jcUrl && seen && seen !== jcUrl) {
    return [
      {
        id: 'scim-url-mismatch',
        step: 'scim',
        title: 'The provisioning Tenant URL is not JustCall\'s',
        detail: `Entra has "${seen}"; JustCall shows "${jcUrl}".`,
        fix: 'Fill the Tenant URL from JustCall, Test Connection, then Save.',
      },
    ];
  }
  return [];
}

export function deriveMismatches(session: SetupSession): Mismatch[] {
  return [
    ...basicSamlMismatches(session),
    ...claimMismatches(session),
    ...certificateMismatches(session),
    ...justcallMismatches(session),
    ...assignmentMismatches(session),
    ...scimMismatches(session),
  ];
}

// ---------- step states ----------

type StepEval = { state: StepState; summary: string };

const FEATURES_OF_STEP: Record<StepId, FeatureKey[]> = {
  'justcall-sso': ['justcall/sso'],
  'create-app': ['entra/create-app'],
  'basic-saml': ['entra/basic-saml'],
  claims: ['entra/claims'],
  certificate: ['entra/certificates', 'entra/setup-app'],
  'justcall-idp': ['justcall/sso'],
  assignment: ['entra/users-groups'],
  scim: ['entra/provisioning', 'entra/provisioning-credentials', 'justcall/provisioning'],
};

/** The step whose card shows a feature's fill results (JustCall's SSO form is filled in step 4). */
export function featureStep(feature: FeatureKey): StepId {
  const found = (Object.entries(FEATURES_OF_STEP) as [StepId, FeatureKey[]][]).find(([step, fs]) => step !== 'justcall-sso' && fs.includes(feature));
  return found ? found[0] : 'justcall-idp';
}

function touched(session: SetupSession, step: StepId): boolean {
  return FEATURES_OF_STEP[step].some((f) => session.observations[f] || session.fills[f]);
}

function evalJustcallSso(session: SetupSession): StepEval {
  const obs = session.observations['justcall/sso'];
  if (!obs) return { state: 'not-started', summary: 'Open Settings → Security → Single Sign-On in JustCall.' };
  const enabled = flag(obs, 'enabled');
  if (!session.lockoutAcknowledged) {
    return { state: 'in-progress', summary: 'Read the sign-in warning below and confirm you have a way back in.' };
  }
  if (enabled === false) return { state: 'in-progress', summary: 'Enable SSO and choose SAML 2.0 on the JustCall page.' };
  const shown = session.values.entityId?.source.kind === 'page' && session.values.acsUrl?.source.kind === 'page';
  return { state: 'done', summary: shown ? 'ACS URL and Entity ID read from JustCall.' : 'SSO enabled; using JustCall\'s documented ACS URL and Entity ID (the page did not show them).' };
}

function evalCreateApp(session: SetupSession): StepEval {
  const appId = session.values.appId?.value;
  const objectId = session.values.objectId?.value;
  const name = session.values.appName?.value;
  if (appId && objectId) return { state: 'done', summary: `Application "${name ?? 'JustCall'}" seen in Entra.` };
  if (touched(session, 'create-app')) return { state: 'in-progress', summary: 'Name it JustCall, choose Non-gallery, click Create.' };
  return { state: 'not-started', summary: 'Enterprise applications → New application → Create your own application.' };
}

function evalBasicSaml(session: SetupSession, problems: Mismatch[]): StepEval {
  const obs = session.observations['entra/basic-saml'];
  if (problems.length) return { state: 'problem', summary: problems[0]!.title };
  if (obs?.saved) {
    const ids = list(obs, 'identifier');
    const replies = list(obs, 'replyUrl');
    if (ids.length && replies.length) return { state: 'done', summary: 'Identifier, Reply URL and Sign on URL seen saved in Entra.' };
    return { state: 'in-progress', summary: 'Basic SAML Configuration is still empty: Edit, fill, Save.' };
  }
  if (touched(session, 'basic-saml')) return { state: 'in-progress', summary: 'Save the Basic SAML Configuration; it is done once the saved values are seen.' };
  return { state: 'not-started', summary: 'Single sign-on → SAML → Basic SAML Configuration → Edit.' };
}

function evalClaims(session: SetupSession, problems: Mismatch[]): StepEval {
  const obs = session.observations['entra/claims'];
  if (!obs) return touched(session, 'claims') ? { state: 'in-progress', summary: 'Attributes & Claims being edited.' } : { state: 'not-started', summary: 'Attributes & Claims → Edit.' };
  const blocking = problems.filter((p) => p.id !== 'claim-upn');
  if (blocking.length === 0) return { state: 'done', summary: 'email, firstName and lastName seen with the right sources and no namespace.' };
  if (!obs.saved) return { state: 'in-progress', summary: `${blocking.length} claim(s) still to fix.` };
  return { state: 'problem', summary: blocking[0]!.title };
}

function evalCertificate(session: SetupSession, problems: Mismatch[]): StepEval {
  const hard = problems.filter((p) => p.id !== 'metadata-unavailable' || !session.certificate);
  if (hard.length) return { state: 'problem', summary: hard[0]!.title };
  const login = session.values.loginUrl?.value;
  const issuer = session.values.entraIdentifier?.value;
  if (session.certificate && login && issuer) {
    return { state: 'done', summary: `Certificate ${session.certificate.sha1.slice(0, 8)}…, Login URL and Identifier known.` };
  }
  if (touched(session, 'certificate') || session.metadata) return { state: 'in-progress', summary: 'Waiting for the certificate, Login URL and Identifier.' };
  return { state: 'not-started', summary: 'Open the SAML page: SAML Certificates and Set up JustCall.' };
}

function evalJustcallIdp(session: SetupSession, problems: Mismatch[]): StepEval {
  const obs = session.observations['justcall/sso'];
  if (problems.length) return { state: 'problem', summary: problems[0]!.title };
  const test = flag(obs, 'testPassed');
  if (obs?.saved && text(obs, 'ssoUrl') && text(obs, 'issuer') && (text(obs, 'certificateThumbprint') || flag(obs, 'certificatePresent'))) {
    if (test === false) return { state: 'problem', summary: `Test Connection failed${text(obs, 'testMessage') ? `: ${text(obs, 'testMessage')}` : ''}.` };
    return { state: 'done', summary: test ? 'Saved in JustCall and Test Connection passed.' : 'Saved in JustCall; click Test Connection to check.' };
  }
  if (session.fills['justcall/sso']) return { state: 'in-progress', summary: 'Click Save Configuration; it is done once JustCall shows the saved values.' };
  return { state: 'not-started', summary: 'Back in JustCall: SSO URL, Issuer, Certificate, Default Role, Save Configuration.' };
}

function evalAssignment(session: SetupSession, problems: Mismatch[]): StepEval {
  if (problems.length) return { state: 'problem', summary: problems[0]!.title };
  const obs = session.observations['entra/users-groups'];
  const count = num(obs, 'assigned');
  if (count && count > 0) return { state: 'done', summary: `${count} user(s) or group(s) assigned.` };
  return { state: 'not-started', summary: 'Users and groups → Add user/group → Assign.' };
}

function evalScim(session: SetupSession, problems: Mismatch[], ctx: WizardContext): StepEval {
  if (problems.length) return { state: 'problem', summary: problems[0]!.title };
  const obs = session.observations['entra/provisioning'];
  if (obs?.saved) {
    const mode = text(obs, 'mode');
    const status = flag(obs, 'status');
    const test = flag(obs, 'testPassed');
    if (test === false) return { state: 'problem', summary: 'Test Connection failed: check the Tenant URL and Secret Token.' };
    if (mode === 'Automatic' && status === true) return { state: 'done', summary: 'Automatic provisioning is On.' };
    return { state: 'in-progress', summary: 'Set Automatic, Test Connection, Save, then turn provisioning On.' };
  }
  if (touched(session, 'scim') || ctx.hasScimToken) return { state: 'in-progress', summary: 'Tenant URL and Secret Token go into Entra\'s Provisioning page.' };
  return { state: 'not-started', summary: 'Optional: JustCall Settings → Security → Provisioning, then Entra Provisioning.' };
}

function fillIssues(session: SetupSession, statuses: readonly string[]): MissingField[] {
  const out: MissingField[] = [];
  for (const [feature, report] of Object.entries(session.fills) as [FeatureKey, NonNullable<SetupSession['fills'][FeatureKey]>][]) {
    for (const r of report.results) {
      if (!statuses.includes(r.status) || r.field === 'secretToken') continue;
      out.push({ feature, label: r.label, wanted: r.expected, ...(r.before !== undefined ? { current: r.before } : {}), ...(r.problem ? { message: r.problem } : {}) });
    }
  }
  return out;
}

export function deriveWizard(session: SetupSession, ctx: WizardContext): WizardView {
  const mismatches = deriveMismatches(session);
  const of = (step: StepId) => mismatches.filter((m) => m.step === step);
  const evals: Record<StepId, StepEval> = {
    'justcall-sso': evalJustcallSso(session),
    'create-app': evalCreateApp(session),
    'basic-saml': evalBasicSaml(session, of('basic-saml')),
    claims: evalClaims(session, of('claims')),
    certificate: evalCertificate(session, of('certificate')),
    'justcall-idp': evalJustcallIdp(session, of('justcall-idp')),
    assignment: evalAssignment(session, of('assignment')),
    scim: evalScim(session, of('scim'), ctx),
  };
  const steps = STEPS.map((info): StepView => ({
    ...info,
    ...evals[info.id],
    problems: of(info.id),
    link: stepLink(info.id, session),
  }));
  const foreignPortals = (['entra', 'justcall'] as const)
    .map((portal) => ({ portal, lang: session.languages[portal] }))
    .filter((p): p is { portal: 'entra' | 'justcall'; lang: NonNullable<typeof p.lang> } => !!p.lang && !p.lang.english)
    .map((p) => ({ portal: p.portal, lang: p.lang.lang }));
  return {
    steps,
    mismatches,
    values: valueViews(session, ctx),
    missing: fillIssues(session, ['not-found', 'failed']),
    conflicts: fillIssues(session, ['conflict']),
    foreignPortals,
  };
}
