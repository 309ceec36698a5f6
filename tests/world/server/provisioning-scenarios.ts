import type { WorldRuntime } from './http';
import { USER_IDS, findUser } from './store';
import type { EntraApp, EntraUser } from './state';

/**
 * The provisioning doctor's scenarios: each starts from 'provisioning'
 * (configured + SCIM On, Adele assigned) and adds one real-world failure.
 * Run a cycle (test API provisioning/run, or Restart provisioning in the
 * blade) to write its logs.
 */

interface Def {
  description: string;
  signInAs: string;
  apply(world: WorldRuntime, options: Record<string, unknown>): Promise<void>;
}

const ADELE = 'adele.vance@contoso.onmicrosoft.com';
const GUEST_ID = '5f1a2c3e-0a11-4b6e-9d1e-guest0000006';

function assign(app: EntraApp, id: string): void {
  if (!app.assignments.includes(id)) app.assignments.push(id);
}

function guest(world: WorldRuntime): EntraUser {
  const domain = world.state.tenant.domain;
  const existing = findUser(world.state, GUEST_ID);
  if (existing) return existing;
  const g: EntraUser = {
    id: GUEST_ID,
    displayName: 'Pradeep Gupta',
    userPrincipalName: `pradeep_northwind.com#EXT#@${domain}`,
    mail: 'pradeep@northwind.com',
    givenName: 'Pradeep',
    surname: 'Gupta',
    password: 'not-used-guests-sign-in-at-home',
    accountEnabled: true,
  };
  world.state.users.push(g);
  return g;
}

export function provisioningScenarios(provisioned: (world: WorldRuntime) => Promise<EntraApp>) {
  return {
    'provisioning-invalid-token': {
      description:
        'provisioning, then the Secret Token is regenerated in JustCall: every SCIM call gets 401 and the job goes to quarantine.',
      signInAs: ADELE,
      async apply(world) {
        await provisioned(world);
        world.state.justcall.scim.secretToken = `${world.state.justcall.scim.secretToken.slice(0, 8)}regenerated${Date.now().toString(16)}`;
      },
    },
    'provisioning-wrong-tenant-url': {
      description: 'provisioning with a mistyped Tenant URL (…/scim/v1): JustCall answers 404 and the job goes to quarantine.',
      signInAs: ADELE,
      async apply(world) {
        const app = await provisioned(world);
        app.provisioning.tenantUrl = app.provisioning.tenantUrl.replace(/\/scim\/v2\/?$/, '/scim/v1');
      },
    },
    'provisioning-empty-mail': {
      description:
        'provisioning with userName ← mail (JustCall’s guide) and Megan (mail empty) assigned: she is sent without userName and refused (400).',
      signInAs: ADELE,
      async apply(world) {
        const app = await provisioned(world);
        assign(app, USER_IDS.megan);
        for (const m of app.provisioning.mappings) if (m.target === 'userName') m.source = 'mail';
      },
    },
    'provisioning-already-in-justcall': {
      description: 'provisioning, and Adele already has a JustCall user (made at her first SSO sign-in): the create gets 409 uniqueness.',
      signInAs: ADELE,
      async apply(world) {
        await provisioned(world);
        const users = world.state.justcall.users;
        if (!users.some((u) => u.email === 'adele.vance@contoso.com'))
          users.push({
            id: 'jc-adele-sso',
            email: 'adele.vance@contoso.com',
            firstName: 'Adele',
            lastName: 'Vance',
            role: 'Agent',
            active: true,
            source: 'sso',
          });
      },
    },
    'provisioning-out-of-scope': {
      description: 'provisioning, and Alex (not assigned) changed: the cycle evaluates him and skips him (not effectively entitled).',
      signInAs: ADELE,
      async apply(world) {
        const app = await provisioned(world);
        app.provisioning.pendingChanges = [...(app.provisioning.pendingChanges ?? []), USER_IDS.alex];
      },
    },
    'provisioning-justcall-5xx': {
      description: 'provisioning while JustCall’s SCIM API answers writes with HTTP 500: retried later.',
      signInAs: ADELE,
      async apply(world) {
        await provisioned(world);
        world.state.faults.scimWriteStatus = 500;
      },
    },
    'provisioning-justcall-429': {
      description: 'provisioning while JustCall’s SCIM API rate-limits writes (HTTP 429, Retry-After): retried automatically.',
      signInAs: ADELE,
      async apply(world) {
        await provisioned(world);
        world.state.faults.scimWriteStatus = 429;
      },
    },
    'provisioning-guest-ext-upn': {
      description:
        'provisioning with a guest (Pradeep, UPN pradeep_northwind.com#EXT#@…) assigned: userName ← userPrincipalName sends the #EXT# form.',
      signInAs: ADELE,
      async apply(world) {
        const app = await provisioned(world);
        assign(app, guest(world).id);
      },
    },
    'provisioning-disabled-user': {
      description:
        'provisioning after Adele was provisioned, then her Entra account is disabled: the cycle deactivates her in JustCall (success).',
      signInAs: ADELE,
      async apply(world) {
        await provisioned(world);
        const adele = findUser(world.state, USER_IDS.adele);
        if (!adele) return;
        const users = world.state.justcall.users;
        if (!users.some((u) => u.externalId === adele.id))
          users.push({
            id: 'jc-adele-scim',
            email: adele.mail,
            firstName: adele.givenName,
            lastName: adele.surname,
            role: 'Agent',
            active: true,
            source: 'scim',
            externalId: adele.id,
            userName: adele.userPrincipalName,
          });
        adele.accountEnabled = false;
      },
    },
  } satisfies Record<string, Def>;
}
