import { z } from 'zod';
import type { WorldRuntime } from './http';
import {
  DEFAULT_CLAIM_NAMESPACE,
  ENTRA_ISSUER,
  ENTRA_LOGIN_URL,
  JUSTCALL_ACS_URL,
  JUSTCALL_ENTITY_ID,
  JUSTCALL_SIGN_ON_URL,
  USER_IDS,
  activeCert,
  chinaObjectId,
  createApp,
  createSigningCert,
  findUser,
} from './store';
import type { Claim, EntraApp } from './state';
import { randomUUID } from 'node:crypto';
import { cloudUrls, type CloudId } from './clouds';
import { CHINA_TENANT_ID } from './state';
import { provisioningScenarios } from './provisioning-scenarios';

/**
 * Named starting points for the demo and the e2e tests. 'configured' is a
 * complete working setup; each failure scenario mimics one real-world mistake
 * on top of it (applying 'configured' first if no configured app exists).
 * Every scenario names the test user to sign in as to see its effect.
 */

export const JUSTCALL_APP_NAME = 'JustCall';

interface ScenarioDef {
  description: string;
  /** UPN to sign in with to see the scenario's effect. */
  signInAs: string;
  apply(world: WorldRuntime, options: Record<string, unknown>): Promise<void>;
}

const ADELE = 'adele.vance@contoso.onmicrosoft.com';
const MEGAN = 'megan.bowen@contoso.onmicrosoft.com';
const CHINA_ADELE = 'adele.vance@contoso.partner.onmschina.cn';

function claim(name: string, sourceAttribute: string): Claim {
  return { id: randomUUID(), name, namespace: '', source: 'Attribute', sourceAttribute };
}

const DIRECTORY_ATTRIBUTES = [
  'department',
  'jobtitle',
  'employeeid',
  'companyname',
  'country',
  'city',
  'state',
  'streetaddress',
  'postalcode',
  'telephonenumber',
  'mobilephone',
  'physicaldeliveryofficename',
  'preferredlanguage',
  'onpremisessamaccountname',
  'onpremisesdistinguishedname',
  ...Array.from({ length: 15 }, (_, i) => `extensionattribute${i + 1}`),
];

/** Claims another identity provider's app sent, copied over: each directory attribute under a few names. */
function extraClaims(n: number): Claim[] {
  const out: Claim[] = [];
  const namespaces = ['', 'http://schemas.contoso.com/identity/claims', 'urn:contoso:hr'];
  for (let i = 0; out.length < n; i++) {
    const attribute = DIRECTORY_ATTRIBUTES[i % DIRECTORY_ATTRIBUTES.length] ?? 'department';
    const namespace = namespaces[Math.floor(i / DIRECTORY_ATTRIBUTES.length) % namespaces.length] ?? '';
    const round = Math.floor(i / (DIRECTORY_ATTRIBUTES.length * namespaces.length));
    out.push({ ...claim(round === 0 ? attribute : `${attribute}${round + 1}`, `user.${attribute}`), namespace });
  }
  return out;
}

/** The JustCall app that 'configured' made, if there is one. */
function configuredApp(world: WorldRuntime, cloud: CloudId = 'public'): EntraApp | undefined {
  return world.state.apps.find((a) => a.name === JUSTCALL_APP_NAME && a.ssoMode === 'saml' && a.cloud === cloud);
}

async function configure(world: WorldRuntime, cloud: CloudId = 'public'): Promise<EntraApp> {
  const app = await createApp(world, JUSTCALL_APP_NAME, cloud);
  app.ssoMode = 'saml';
  app.identifiers = [{ value: JUSTCALL_ENTITY_ID, isDefault: true }];
  app.replyUrls = [{ value: JUSTCALL_ACS_URL, isDefault: true }];
  app.signOnUrl = JUSTCALL_SIGN_ON_URL;
  app.claims = [claim('email', 'user.mail'), claim('firstName', 'user.givenname'), claim('lastName', 'user.surname')];
  app.assignments = [cloud === 'china' ? chinaObjectId(USER_IDS.adele) : USER_IDS.adele];
  const cert = activeCert(app);
  const sso = world.state.justcall.sso;
  const urls =
    cloud === 'china' ? cloudUrls('china', CHINA_TENANT_ID, app.appId) : { loginUrl: ENTRA_LOGIN_URL, entraIdentifier: ENTRA_ISSUER };
  Object.assign(sso, {
    enabled: true,
    protocol: 'SAML 2.0',
    ssoUrl: urls.loginUrl,
    issuer: urls.entraIdentifier,
    certificatePem: cert?.certPem ?? '',
    certificateFileName: `${JUSTCALL_APP_NAME}.cer`,
    defaultRole: 'Agent',
    savedAt: world.now().toISOString(),
  });
  return app;
}

async function ensureConfigured(world: WorldRuntime): Promise<EntraApp> {
  return configuredApp(world) ?? (await configure(world));
}

async function ensureProvisioning(world: WorldRuntime): Promise<EntraApp> {
  const app = await ensureConfigured(world);
  Object.assign(app.provisioning, {
    mode: 'Automatic',
    tenantUrl: world.state.justcall.scim.tenantUrl,
    secretToken: world.state.justcall.scim.secretToken,
    scope: 'assigned',
    status: 'On',
    lastTestResult: 'success',
    configuredAt: world.now().toISOString(),
  });
  return app;
}

const stringOpt = (options: Record<string, unknown>, key: string): string | undefined => {
  const v = options[key];
  return typeof v === 'string' && v ? v : undefined;
};

const SCENARIOS = {
  'app-exists': {
    description: 'A JustCall enterprise app exists in Entra (fresh defaults, not configured); JustCall SSO not set up.',
    signInAs: ADELE,
    async apply(world) {
      await createApp(world, JUSTCALL_APP_NAME);
    },
  },
  configured: {
    description:
      'A complete working setup: Basic SAML, claims email/firstName/lastName without namespace, Adele assigned, JustCall SSO enabled with the active certificate.',
    signInAs: ADELE,
    async apply(world) {
      await ensureConfigured(world);
    },
  },
  'wrong-reply-url': {
    description: "The Reply URL in Entra differs from JustCall's ACS URL → AADSTS50011.",
    signInAs: ADELE,
    async apply(world, options) {
      const app = await ensureConfigured(world);
      app.replyUrls = [{ value: stringOpt(options, 'replyUrl') ?? 'https://bifrost.justcall.io/passport/login', isDefault: true }];
    },
  },
  'identifier-trailing-slash': {
    description: 'Identifier "JustCall/" in Entra while JustCall sends "JustCall" → AADSTS700016.',
    signInAs: ADELE,
    async apply(world) {
      const app = await ensureConfigured(world);
      app.identifiers = [{ value: `${JUSTCALL_ENTITY_ID}/`, isDefault: true }];
    },
  },
  'unassigned-user': {
    description: 'Nobody is assigned to the app; Adele signs in → AADSTS50105.',
    signInAs: ADELE,
    async apply(world) {
      const app = await ensureConfigured(world);
      app.assignments = [];
    },
  },
  'namespaced-claims': {
    description: 'The claims keep Entra\'s default namespace, so JustCall receives ".../claims/email", not "email".',
    signInAs: ADELE,
    async apply(world) {
      const app = await ensureConfigured(world);
      for (const c of app.claims) c.namespace = DEFAULT_CLAIM_NAMESPACE;
    },
  },
  'empty-mail': {
    description: 'Megan (user.mail empty) is assigned; email ← user.mail yields no email attribute.',
    signInAs: MEGAN,
    async apply(world) {
      const app = await ensureConfigured(world);
      if (!app.assignments.includes(USER_IDS.megan)) app.assignments.push(USER_IDS.megan);
    },
  },
  'upn-as-email': {
    description:
      'email ← user.userprincipalname: sign-in works but with the UPN (adele.vance@contoso.onmicrosoft.com), not the mail address.',
    signInAs: ADELE,
    async apply(world) {
      const app = await ensureConfigured(world);
      for (const c of app.claims) if (c.name === 'email') c.sourceAttribute = 'user.userprincipalname';
    },
  },
  'cert-rotated': {
    description: 'A new signing certificate was made active in Entra after JustCall was configured with the old one → invalid signature.',
    signInAs: ADELE,
    async apply(world) {
      const app = await ensureConfigured(world);
      for (const c of app.certificates) c.status = 'Inactive';
      app.certificates.push(await createSigningCert(world));
    },
  },
  'cert-expiring': {
    description:
      'configured, but the active signing certificate (the one JustCall holds) expires in 20 days ({"days": N} for another count), as one made 3 years ago would.',
    signInAs: ADELE,
    async apply(world, options) {
      const app = await ensureConfigured(world);
      const days = typeof options.days === 'number' && Number.isFinite(options.days) ? options.days : 20;
      const notAfter = new Date(world.now().getTime() + days * 86_400_000);
      const notBefore = new Date(notAfter.getTime() - 3 * 365 * 86_400_000);
      const cert = await createSigningCert(world, { notBefore, notAfter });
      app.certificates = [cert];
      world.state.justcall.sso.certificatePem = cert.certPem;
    },
  },
  'clock-skew': {
    description:
      'The IdP\'s clock is 2 hours off (default: behind, so the response arrives expired; {"skewSeconds": 7200} makes it "not yet valid").',
    signInAs: ADELE,
    async apply(world, options) {
      await ensureConfigured(world);
      const skew = options.skewSeconds;
      world.state.faults.idpClockSkewSeconds = typeof skew === 'number' && Number.isFinite(skew) ? skew : -7200;
    },
  },
  'many-claims': {
    description:
      'configured, but the app carries 80 more claims (a directory copied over from another identity provider; {"extra": N} for another count), listed before email, firstName and lastName: a list long enough for a virtualised grid to leave them unrendered.',
    signInAs: ADELE,
    async apply(world, options) {
      const app = await ensureConfigured(world);
      const n = typeof options.extra === 'number' && Number.isInteger(options.extra) ? Math.max(0, Math.min(options.extra, 500)) : 80;
      app.claims = [...extraClaims(n), ...app.claims];
    },
  },
  'many-assignments': {
    description:
      'configured, and the app is also assigned to 150 store groups (a retailer that assigns by store; {"groups": N} for another count): a Users and groups list long enough for a virtualised grid to render only part of it.',
    signInAs: ADELE,
    async apply(world, options) {
      const app = await ensureConfigured(world);
      const n = typeof options.groups === 'number' && Number.isInteger(options.groups) ? Math.max(0, Math.min(options.groups, 2000)) : 150;
      const stores = Array.from({ length: n }, (_, i) => ({
        id: randomUUID(),
        displayName: `Store ${String(i + 1).padStart(3, '0')} staff`,
        members: [],
      }));
      world.state.groups.push(...stores);
      app.assignments.push(...stores.map((g) => g.id));
    },
  },
  'renamed-label': {
    description:
      'A portal label is renamed (default: "Reply URL (Assertion Consumer Service URL)" → "Reply URL (ACS URL)"). Sets only the fault: combine with app-exists or configured.',
    signInAs: ADELE,
    async apply(world, options) {
      const parsed = z.record(z.string(), z.string()).safeParse(options.labels);
      world.state.faults.renamedLabels = parsed.success
        ? parsed.data
        : { 'Reply URL (Assertion Consumer Service URL)': 'Reply URL (ACS URL)' };
    },
  },
  'unsigned-response': {
    description: 'The IdP sends its responses unsigned → JustCall refuses them.',
    signInAs: ADELE,
    async apply(world) {
      await ensureConfigured(world);
      world.state.faults.unsignedResponse = true;
    },
  },
  'xsw-response': {
    description:
      'Responses are wrapped (XSW): the signed assertion hidden in Extensions, a forged one for the JustCall owner in its place.',
    signInAs: ADELE,
    async apply(world) {
      await ensureConfigured(world);
      world.state.faults.xswResponse = true;
    },
  },
  'user-disabled': {
    description: "Adele's Entra account is disabled → AADSTS50057.",
    signInAs: ADELE,
    async apply(world) {
      await ensureConfigured(world);
      const adele = findUser(world.state, USER_IDS.adele);
      if (adele) adele.accountEnabled = false;
    },
  },
  'hidden-sp-values': {
    description:
      "JustCall's SSO page does not show ACS URL and Entity ID (the assistant falls back to the documented values). Sets only that: combine freely.",
    signInAs: ADELE,
    async apply(world) {
      world.state.justcall.sso.showSpValues = false;
    },
  },
  'china-app-exists': {
    description: 'A JustCall enterprise app exists in the Azure China (21Vianet) tenant (fresh defaults); JustCall SSO not set up.',
    signInAs: CHINA_ADELE,
    async apply(world) {
      await createApp(world, JUSTCALL_APP_NAME, 'china');
    },
  },
  'china-configured': {
    description:
      'The complete working setup in the Azure China (21Vianet) tenant: JustCall points at login.partner.microsoftonline.cn and sts.chinacloudapi.cn.',
    signInAs: CHINA_ADELE,
    async apply(world) {
      if (!configuredApp(world, 'china')) await configure(world, 'china');
    },
  },
  provisioning: {
    description: "configured + SCIM provisioning: Automatic, JustCall's Tenant URL and Secret Token, scope assigned, status On.",
    signInAs: ADELE,
    async apply(world) {
      await ensureProvisioning(world);
    },
  },
  ...provisioningScenarios(ensureProvisioning),
} satisfies Record<string, ScenarioDef>;

export type ScenarioName = keyof typeof SCENARIOS;
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}

export function describeScenarios(): { name: ScenarioName; description: string; signInAs: string }[] {
  return SCENARIO_NAMES.map((name) => ({ name, description: SCENARIOS[name].description, signInAs: SCENARIOS[name].signInAs }));
}

/** Applies one scenario on top of the current state (no reset). */
export async function applyScenario(
  world: WorldRuntime,
  name: string,
  options: Record<string, unknown> = {},
): Promise<{ signInAs: string }> {
  if (!isScenarioName(name)) throw new Error(`Unknown scenario "${name}". Known: ${SCENARIO_NAMES.join(', ')}`);
  const def: ScenarioDef = SCENARIOS[name];
  await def.apply(world, options);
  return { signInAs: def.signInAs };
}
