import { randomBytes, randomUUID } from 'node:crypto';
import type { IssueCertOptions } from './certs';
import type { CloudId } from './clouds';
import type { WorldRuntime } from './http';
import {
  CHINA_TENANT_DOMAIN,
  CHINA_TENANT_ID,
  TENANT_DOMAIN,
  TENANT_ID,
  type Claim,
  type Directory,
  type EntraApp,
  type EntraGroup,
  type EntraUser,
  type SigningCert,
  type WorldState,
} from './state';

/**
 * The world's initial state, test users, and the operations on it that the
 * portal side (D) and the identity side share: creating an app the way Entra
 * does, issuing certificates, looking users up, checking assignment.
 */

/** Every Entra test user signs in with this password. */
export const TEST_USER_PASSWORD = 'Contoso#2025';
/** The JustCall account owner (signs in to app.justcall.io with a password). */
export const JUSTCALL_OWNER = { email: 'patti.fernandez@contoso.com', password: 'JustCall#2025' } as const;
export const JUSTCALL_OWNER_NAME = { first: 'Patti', last: 'Fernandez' } as const;
/** The Entra admin whose address Entra uses as the certificate notification email. */
export const ENTRA_ADMIN_UPN = `admin@${TENANT_DOMAIN}`;

export const JUSTCALL_ACS_URL = 'https://bifrost.justcall.io/passport/login/callback';
export const JUSTCALL_ENTITY_ID = 'JustCall';
export const JUSTCALL_SIGN_ON_URL = 'https://app.justcall.io/login';
export const JUSTCALL_SCIM_TENANT_URL = 'https://api.justcall.io/scim/v2';

export const ENTRA_LOGIN_URL = `https://login.microsoftonline.com/${TENANT_ID}/saml2`;
export const ENTRA_ISSUER = `https://sts.windows.net/${TENANT_ID}/`;
export const ENTRA_LOGOUT_URL = `https://login.microsoftonline.com/${TENANT_ID}/saml2`;
export function appMetadataUrl(appId: string): string {
  return `https://login.microsoftonline.com/${TENANT_ID}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`;
}

/** Fixed ids so tests and scenarios can name users. */
export const USER_IDS = {
  adele: '5f1a2c3e-0a11-4b6e-9d1e-adele0000001',
  alex: '5f1a2c3e-0a11-4b6e-9d1e-alex00000002',
  megan: '5f1a2c3e-0a11-4b6e-9d1e-megan0000003',
  lynne: '5f1a2c3e-0a11-4b6e-9d1e-lynne0000004',
  diego: '5f1a2c3e-0a11-4b6e-9d1e-diego0000005',
  patti: '5f1a2c3e-0a11-4b6e-9d1e-patti0000006',
} as const;
export const GROUP_IDS = {
  sales: '7c0d9e8f-1b22-4c7f-8e2f-sales0000001',
  allStaff: '7c0d9e8f-1b22-4c7f-8e2f-staff0000002',
} as const;

function user(id: string, given: string, surname: string, mail: string, domain = TENANT_DOMAIN): EntraUser {
  const local = `${given}.${surname}`.toLowerCase();
  return {
    id,
    displayName: `${given} ${surname}`,
    userPrincipalName: `${local}@${domain}`,
    mail,
    givenName: given,
    surname,
    password: TEST_USER_PASSWORD,
    accountEnabled: true,
  };
}

/**
 * Test users: Adele (the one scenarios assign), Alex (left unassigned),
 * Megan (no mail: her user.mail claim is empty), Lynne and Diego (members of
 * the Sales group, for group assignment), and Patti, JustCall's account
 * owner, so the lockout warning's "make sure the owner is assigned" can be done.
 */
export function createTestUsers(): EntraUser[] {
  return [
    user(USER_IDS.adele, 'Adele', 'Vance', 'adele.vance@contoso.com'),
    user(USER_IDS.alex, 'Alex', 'Wilber', 'alex.wilber@contoso.com'),
    user(USER_IDS.megan, 'Megan', 'Bowen', ''),
    user(USER_IDS.lynne, 'Lynne', 'Robbins', 'lynne.robbins@contoso.com'),
    user(USER_IDS.diego, 'Diego', 'Siciliani', 'diego.siciliani@contoso.com'),
    user(USER_IDS.patti, JUSTCALL_OWNER_NAME.first, JUSTCALL_OWNER_NAME.last, JUSTCALL_OWNER.email),
  ];
}

function createGroups(): EntraGroup[] {
  return [
    { id: GROUP_IDS.sales, displayName: 'Sales', members: [USER_IDS.lynne, USER_IDS.diego] },
    // Contains a group only through naming, not membership: nested groups never count.
    { id: GROUP_IDS.allStaff, displayName: 'All Staff', members: [] },
  ];
}

/** Object ids in the China tenant differ from the public tenant's (other directory, other objects). */
export function chinaObjectId(publicId: string): string {
  return `c${publicId.slice(1)}`;
}

/** The same people in the organisation's Azure China tenant, with that tenant's UPNs and object ids. */
function createChinaDirectory(): Omit<Directory, 'cloud'> {
  return {
    tenant: { id: CHINA_TENANT_ID, domain: CHINA_TENANT_DOMAIN, name: 'Contoso China' },
    users: createTestUsers().map((u) => user(chinaObjectId(u.id), u.givenName, u.surname, u.mail, CHINA_TENANT_DOMAIN)),
    groups: createGroups().map((g) => ({ ...g, id: chinaObjectId(g.id), members: g.members.map(chinaObjectId) })),
  };
}

/** The directory (tenant, users, groups) of a cloud. */
export function directoryOf(state: WorldState, cloud: CloudId): Directory {
  return cloud === 'china' ? { cloud, ...state.china } : { cloud, tenant: state.tenant, users: state.users, groups: state.groups };
}

/** The directory a sign-in URL's tenant segment (id or domain) names in a cloud, if any. */
export function directoryForTenant(state: WorldState, cloud: CloudId, tenant: string): Directory | undefined {
  const d = directoryOf(state, cloud);
  const t = tenant.toLowerCase();
  return t === d.tenant.id || t === d.tenant.domain.toLowerCase() ? d : undefined;
}

export function newScimToken(): string {
  return randomBytes(24).toString('hex');
}

/** A fresh world: the tenant with its users and no apps; JustCall with SSO off. */
export function createInitialState(): WorldState {
  return {
    tenant: { id: TENANT_ID, domain: TENANT_DOMAIN, name: 'Contoso' },
    apps: [],
    users: createTestUsers(),
    groups: createGroups(),
    china: createChinaDirectory(),
    justcall: {
      accountName: 'Contoso Sales',
      owner: { email: JUSTCALL_OWNER.email, password: JUSTCALL_OWNER.password },
      sso: {
        enabled: false,
        protocol: '',
        acsUrl: JUSTCALL_ACS_URL,
        entityId: JUSTCALL_ENTITY_ID,
        showSpValues: true,
        ssoUrl: '',
        issuer: '',
        certificatePem: '',
        certificateFileName: '',
        defaultRole: 'Agent',
        savedAt: null,
        lastTest: null,
      },
      scim: { tenantUrl: JUSTCALL_SCIM_TENANT_URL, secretToken: newScimToken(), tokenRevealed: false },
      users: [
        {
          id: 'jc-owner',
          email: JUSTCALL_OWNER.email,
          firstName: JUSTCALL_OWNER_NAME.first,
          lastName: JUSTCALL_OWNER_NAME.last,
          role: 'Admin',
          active: true,
          source: 'owner',
        },
      ],
    },
    faults: { idpClockSkewSeconds: 0, unsignedResponse: false, xswResponse: false, renamedLabels: {} },
    clockOffsetMs: 0,
    signIns: [],
    metadataFetches: [],
  };
}

export const DEFAULT_CLAIM_NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/** The claims Entra puts on every new non-gallery SAML app. */
export function defaultClaims(): Claim[] {
  const claim = (name: string, sourceAttribute: string): Claim => ({
    id: randomUUID(),
    name,
    namespace: DEFAULT_CLAIM_NAMESPACE,
    source: 'Attribute',
    sourceAttribute,
  });
  return [
    claim('givenname', 'user.givenname'),
    claim('surname', 'user.surname'),
    claim('emailaddress', 'user.mail'),
    claim('name', 'user.userprincipalname'),
  ];
}

/** Entra's default SCIM attribute mappings for a non-gallery app. */
export function defaultProvisioningMappings(): { source: string; target: string }[] {
  return [
    { source: 'userPrincipalName', target: 'userName' },
    { source: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")', target: 'active' },
    { source: 'displayName', target: 'displayName' },
    { source: 'mail', target: 'emails[type eq "work"].value' },
    { source: 'givenName', target: 'name.givenName' },
    { source: 'surname', target: 'name.familyName' },
  ];
}

/** A signing certificate from the world's key pool (Entra's default: valid 3 years, Active). */
export function createSigningCert(world: WorldRuntime, opts: IssueCertOptions = {}): Promise<SigningCert> {
  return world.certs.issueSigningCert({ notBefore: world.now(), ...opts });
}

/**
 * "Create your own application" (non-gallery): a new app with Entra's real
 * defaults, added to the tenant of the given cloud and returned.
 */
export async function createApp(world: WorldRuntime, name: string, cloud: CloudId = 'public'): Promise<EntraApp> {
  const cert = await createSigningCert(world);
  const app: EntraApp = {
    appId: randomUUID(),
    objectId: randomUUID(),
    cloud,
    name,
    ssoMode: 'none',
    identifiers: [],
    replyUrls: [],
    signOnUrl: '',
    relayState: '',
    logoutUrl: '',
    nameIdSourceAttribute: 'user.userprincipalname',
    claims: defaultClaims(),
    certificates: [cert],
    signingOption: 'assertion',
    signingAlgorithm: 'SHA-256',
    notificationEmail: ENTRA_ADMIN_UPN,
    assignments: [],
    provisioning: {
      mode: 'Manual',
      tenantUrl: '',
      secretToken: '',
      scope: 'assigned',
      status: 'Off',
      mappings: defaultProvisioningMappings(),
      lastTestResult: null,
      passedTestDigest: null,
      configuredAt: null,
      lastCycle: null,
    },
  };
  world.state.apps.push(app);
  return app;
}

/** Find an app by object id or application id. */
export function findApp(state: WorldState, id: string): EntraApp | undefined {
  return state.apps.find((a) => a.objectId === id || a.appId === id);
}

/** Find a user of a cloud's directory (the public one by default) by id, UPN or mail (case-insensitive for names). */
export function findUser(state: WorldState, idOrName: string, cloud: CloudId = 'public'): EntraUser | undefined {
  const key = idOrName.trim().toLowerCase();
  if (!key) return undefined;
  return directoryOf(state, cloud).users.find(
    (u) => u.id === idOrName || u.userPrincipalName.toLowerCase() === key || (u.mail !== '' && u.mail.toLowerCase() === key),
  );
}

/** Assigned directly, or through a group that DIRECTLY contains the user (nested groups do not count). */
export function isUserAssigned(world: WorldRuntime | WorldState, app: EntraApp, user: EntraUser): boolean {
  const state = 'state' in world ? world.state : world;
  if (app.assignments.includes(user.id)) return true;
  return directoryOf(state, app.cloud).groups.some((g) => app.assignments.includes(g.id) && g.members.includes(user.id));
}

export function activeCert(app: EntraApp): SigningCert | undefined {
  return app.certificates.find((c) => c.status === 'Active');
}

/** A user's value for an Entra source attribute such as "user.mail"; '' when unknown or empty. */
export function userAttribute(user: EntraUser, sourceAttribute: string): string {
  switch (sourceAttribute.trim().toLowerCase()) {
    case 'user.mail':
      return user.mail;
    case 'user.userprincipalname':
      return user.userPrincipalName;
    case 'user.givenname':
      return user.givenName;
    case 'user.surname':
      return user.surname;
    case 'user.displayname':
      return user.displayName;
    case 'user.objectid':
      return user.id;
    case 'user.mailnickname':
      return user.userPrincipalName.split('@')[0] ?? '';
    default:
      return '';
  }
}

export { testScimConnection, runProvisioningCycle } from './scim/provisioning';
