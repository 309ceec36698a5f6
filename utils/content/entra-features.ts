import { basicSaml, basicSamlSaveButton, type BasicSamlRead } from '@/utils/portals/entra/basic-saml';
import { createApp, createAppButton } from '@/utils/portals/entra/create-app';
import {
  CLAIMS_LABELS,
  addNewClaimButton,
  claimOpener,
  claims,
  detectManageClaim,
  fillManageClaim,
  planFromPage,
} from '@/utils/portals/entra/claims';
import { certificates } from '@/utils/portals/entra/certificates';
import { setupApp } from '@/utils/portals/entra/setup-app';
import { usersGroups } from '@/utils/portals/entra/users-groups';
import { PROVISIONING_LABELS, provisioning, provisioningButtons, provisioningCredentials } from '@/utils/portals/entra/provisioning';
import { buttonIn, fieldIn, valueIn } from '@/utils/portals/fields';
import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { REQUIRED_CLAIMS, PROVISIONING_MAPPINGS } from '@/utils/setup/profile-constants';
import { compact, highlights, memo, runFill, statusText, type FeatureAdapter, type Observed } from './features';

/** The Entra content script's page features (see ./features for what an adapter is). */

const createAppAdapter: FeatureAdapter = {
  hints: ['Create your own application'],
  key: 'entra/create-app',
  title: 'Create your own application',
  portal: 'entra',
  detect: (root) => createApp.detect(root),
  observe(root) {
    const r = createApp.read(root);
    return { saved: false, values: compact({ appNameDraft: r.appName, nonGallerySelected: r.nonGallerySelected }) };
  },
  fillFrom: 'JustCall',
  fill: (root, plan, opts, keep) => {
    const current = createApp.read(root).appName ?? '';
    return runFill(createApp, root, { appName: keep.has('appName') ? current : plan.values.appName }, opts);
  },
  commit: (root) => highlights(['Create', createAppButton(root)]),
};

function basicSamlValues(r: BasicSamlRead): Observed {
  return {
    // The section summary shows what Entra saved; the Edit pane shows a draft.
    saved: r.from === 'summary',
    values: compact({
      identifier: r.identifiers.map((i) => i.value).filter(Boolean),
      replyUrl: r.replyUrls.map((i) => i.value).filter(Boolean),
      signOnUrl: r.signOnUrl ?? undefined,
    }),
  };
}

const basicSamlAdapter: FeatureAdapter = {
  hints: ['Basic SAML Configuration'],
  key: 'entra/basic-saml',
  title: 'Basic SAML Configuration',
  portal: 'entra',
  detect: (root) => basicSaml.detect(root),
  observe: (root) => {
    const r = basicSaml.read(root);
    return r.from === 'none' ? null : basicSamlValues(r);
  },
  fillFrom: 'JustCall',
  fill(root, plan, opts, keep) {
    const r = basicSaml.read(root);
    const pick = (field: 'identifier' | 'replyUrl' | 'signOnUrl'): string | undefined => {
      if (!keep.has(field)) return plan.values[field];
      if (field === 'signOnUrl') return r.signOnUrl ?? plan.values.signOnUrl;
      const rows = field === 'identifier' ? r.identifiers : r.replyUrls;
      return rows[0]?.value || plan.values[field];
    };
    return runFill(basicSaml, root, { identifier: pick('identifier'), replyUrl: pick('replyUrl'), signOnUrl: pick('signOnUrl') }, opts);
  },
  commit: (root) => highlights(['Save', basicSamlSaveButton(root)]),
};

const claimsAdapter: FeatureAdapter = {
  hints: ['Attributes & Claims', 'Attributes and Claims', 'Additional claims', 'Manage claim'],
  key: 'entra/claims',
  title: 'Attributes & Claims',
  portal: 'entra',
  detect: (root) => memo('manageClaim', () => detectManageClaim(root)) ?? claims.detect(root),
  observe(root) {
    if (memo('manageClaim', () => detectManageClaim(root))) return null;
    const r = memo('claimsPlan', () => planFromPage(root)).read;
    if (r.from === 'none') return null;
    return {
      saved: true,
      values: compact({
        claims: r.claims.map((c) => ({ name: c.name, namespace: c.namespace ?? '', source: c.sourceAttribute })),
        nameIdSource: r.nameIdSource ?? undefined,
      }),
    };
  },
  fillFrom: 'JustCall',
  /** Fills the open Manage claim pane with the claim the plan assigns to it. */
  async fill(root, _plan, opts, keep) {
    const pane = detectManageClaim(root);
    if (!pane)
      return [
        {
          field: 'claim',
          label: 'Manage claim',
          status: 'not-found',
          expected: '',
          problem: 'Open a claim (or "Add new claim") first; the assistant fills the pane that opens.',
        },
      ];
    const { claim: target, convertsDefault } = claimForPane(root, pane);
    const nameField = fieldIn(pane, CLAIMS_LABELS.name, undefined, 'textbox');
    const name = keep.has('name') && nameField ? readControlValue(nameField) : target.name;
    // Converting one of Entra's default claims is the planned change the admin opened it for, not an overwrite.
    return fillManageClaim(
      root,
      { name, sourceAttribute: target.sourceAttribute },
      { ...opts, overwrite: opts.overwrite || convertsDefault },
    );
  },
  commit: (root) => {
    const pane = detectManageClaim(root);
    return pane ? highlights(['Save', buttonIn(pane, CLAIMS_LABELS.save)]) : [];
  },
  notes(root) {
    if (memo('manageClaim', () => detectManageClaim(root))) return [];
    const plan = memo('claimsPlan', () => planFromPage(root));
    const out = [...plan.warnings];
    for (const a of plan.actions) {
      if (a.kind === 'edit')
        out.push(`Open "${a.current.name}" and make it ${a.claim.name} ← ${a.claim.sourceAttribute} (${a.changes.join(', ')}).`);
      if (a.kind === 'add') out.push(`Click "Add new claim" for ${a.claim.name} ← ${a.claim.sourceAttribute}.`);
      if (a.kind === 'delete') out.push(`Delete "${a.current.name}" (${a.reason}).`);
    }
    if (plan.done) out.push('All three claims are right. Leave "name" and the Unique User Identifier as they are.');
    return out;
  },
  nextClick(root) {
    if (memo('manageClaim', () => detectManageClaim(root))) return null;
    const plan = memo('claimsPlan', () => planFromPage(root));
    for (const a of plan.actions) {
      if (a.kind === 'edit') {
        const el = claimOpener(root, a.current);
        if (el) return { label: `"${a.current.name}"`, el };
      }
      if (a.kind === 'add') {
        const el = addNewClaimButton(root);
        if (el) return { label: 'Add new claim', el };
      }
    }
    return null;
  },
};

/** Which required claim the open pane is for: by its current name, else the first one still to do. */
function claimForPane(root: ParentNode, pane: Element): { claim: { name: string; sourceAttribute: string }; convertsDefault: boolean } {
  const plan = planFromPage(root);
  const nameInput = fieldIn(pane, CLAIMS_LABELS.name, undefined, 'textbox');
  const current = nameInput ? readControlValue(nameInput).trim() : '';
  for (const a of plan.actions) {
    if ((a.kind === 'edit' || a.kind === 'keep') && (a.current.name === current || a.claim.name === current)) {
      return { claim: a.claim, convertsDefault: a.kind === 'edit' && a.current.name !== a.claim.name };
    }
  }
  if (current === '') for (const a of plan.actions) if (a.kind === 'add') return { claim: a.claim, convertsDefault: false };
  return {
    claim: REQUIRED_CLAIMS.find((c) => c.name === current) ?? { name: 'email', sourceAttribute: 'user.mail' },
    convertsDefault: false,
  };
}

const certificatesAdapter: FeatureAdapter = {
  hints: ['SAML Certificates', 'SAML Signing Certificate'],
  key: 'entra/certificates',
  title: 'SAML Certificates',
  portal: 'entra',
  detect: (root) => certificates.detect(root),
  observe(root) {
    const r = certificates.read(root);
    return {
      saved: true,
      values: compact({
        status: r.status ?? undefined,
        thumbprint: r.thumbprint ?? undefined,
        expiration: r.expiration ?? undefined,
        metadataUrl: r.metadataUrl ?? undefined,
        certificateBase64Url: r.certificateBase64Url ?? undefined,
      }),
    };
  },
};

const setupAppAdapter: FeatureAdapter = {
  hints: ['Login URL'],
  key: 'entra/setup-app',
  title: 'Set up JustCall',
  portal: 'entra',
  detect: (root) => setupApp.detect(root),
  observe(root) {
    const r = setupApp.read(root);
    return {
      saved: true,
      values: compact({ loginUrl: r.loginUrl ?? undefined, identifier: r.identifier ?? undefined, logoutUrl: r.logoutUrl ?? undefined }),
    };
  },
};

const usersGroupsAdapter: FeatureAdapter = {
  hints: ['Add user/group'],
  key: 'entra/users-groups',
  title: 'Users and groups',
  portal: 'entra',
  detect: (root) => usersGroups.detect(root),
  observe(root) {
    const r = usersGroups.read(root);
    if (!r.found) return null;
    return { saved: true, values: { assigned: r.assignments.length, names: r.assignments.map((a) => a.displayName).slice(0, 100) } };
  },
  notes(root) {
    const r = usersGroups.read(root);
    return r.found && r.assignments.length === 0
      ? [
          'Nobody is assigned: every sign-in will fail with AADSTS50105. Click "Add user/group", pick users or groups, then Assign. Nested groups do not count.',
        ]
      : [];
  },
};

/** After Save, Entra shows the provisioning overview ("Current cycle status"): the saved state. */
const PROVISIONING_OVERVIEW = { en: ['Current cycle status'] } as const;
const PROVISIONING_STATUS = { en: ['Provisioning Status'] } as const;
const PROVISIONING_SCOPE = { en: ['Scope'] } as const;

function provisioningOverview(root: ParentNode): Element | null {
  const section = findSection(root, PROVISIONING_OVERVIEW.en);
  return section && valueIn(section, PROVISIONING_STATUS) !== null ? section : null;
}

const provisioningAdapter: FeatureAdapter = {
  hints: ['Provisioning Mode', 'Current cycle status'],
  key: 'entra/provisioning',
  title: 'Provisioning',
  portal: 'entra',
  detect: (root) => provisioning.detect(root) ?? provisioningOverview(root),
  observe(root) {
    if (provisioning.detect(root)) {
      const r = provisioning.read(root);
      // Opened from saved data, or re-mounted by Save, the editor shows what Entra stored; the
      // controller marks it a draft while anything was changed in it since.
      return {
        saved: true,
        values: compact({
          mode: r.mode ?? undefined,
          scope: r.scope ?? undefined,
          status: r.status ?? undefined,
          mappings: r.mappings.map((m) => ({ source: m.source, target: m.target })),
        }),
      };
    }
    const overview = provisioningOverview(root);
    if (!overview) return null;
    // Entra shows the overview only for automatic provisioning.
    return {
      saved: true,
      values: compact({
        mode: 'Automatic',
        status: valueIn(overview, PROVISIONING_STATUS) ?? undefined,
        scope: valueIn(overview, PROVISIONING_SCOPE) ?? undefined,
      }),
    };
  },
  fillFrom: 'JustCall',
  canFill: (root) => provisioning.detect(root) !== null,
  // Save re-mounts the editor: a new Provisioning Mode control means the draft was stored.
  draftMarker: (root) => {
    const editor = provisioning.detect(root);
    return editor
      ? (fieldIn(editor, PROVISIONING_LABELS.mode, undefined, 'listbox-button') ??
          fieldIn(editor, PROVISIONING_LABELS.mode, undefined, 'combobox'))
      : null;
  },
  draftScope: (root) => provisioning.detect(root),
  fill: (root, plan, opts) => runFill(provisioning, root, { mode: plan.values.mode ?? 'Automatic' }, opts),
  commit: (root) => highlights(['Save', provisioningButtons(root).save]),
  notes: (root) =>
    provisioning.detect(root) === null
      ? []
      : [
          `Mappings: check ${PROVISIONING_MAPPINGS.map((m) => `${m.scim} → ${m.justcall}`).join(', ')}.`,
          'Scope: "Sync only assigned users and groups" is the usual choice. Then set Provisioning Status to On and Save.',
        ],
};

const credentialsAdapter: FeatureAdapter = {
  hints: ['Tenant URL'],
  key: 'entra/provisioning-credentials',
  title: 'Admin Credentials',
  portal: 'entra',
  detect: (root) => provisioningCredentials.detect(root),
  observe(root) {
    const r = provisioningCredentials.read(root);
    const result = statusText(root);
    return {
      saved: true,
      values: compact({
        tenantUrl: r.tenantUrl ?? undefined,
        secretTokenPresent: r.secretTokenPresent ?? undefined,
        testPassed: result === null ? undefined : /success|succeeded|authorized/i.test(result) && !/fail|error|not/i.test(result),
        testMessage: result ?? undefined,
      }),
    };
  },
  fillFrom: 'JustCall',
  fill(root, plan, opts, keep) {
    const r = provisioningCredentials.read(root);
    const tenantUrl = keep.has('tenantUrl') ? (r.tenantUrl ?? '') : plan.values.tenantUrl;
    // A token already there and not agreed to be replaced: leave the field alone.
    if (!plan.secretToken) {
      return Promise.resolve([
        {
          field: 'secretToken',
          label: 'Secret Token',
          status: 'not-found',
          expected: '(hidden)',
          problem: 'The Secret Token has not been read from JustCall yet: open JustCall Settings → Security → Provisioning.',
        },
      ]);
    }
    return runFill(
      provisioningCredentials,
      root,
      { tenantUrl, secretToken: plan.secretToken },
      { ...opts, overwrite: opts.overwrite && !keep.has('secretToken') },
    );
  },
  commit: (root) => highlights(['Test Connection', provisioningButtons(root).testConnection]),
};

export const ENTRA_ADAPTERS: readonly FeatureAdapter[] = [
  createAppAdapter,
  basicSamlAdapter,
  claimsAdapter,
  certificatesAdapter,
  setupAppAdapter,
  usersGroupsAdapter,
  provisioningAdapter,
  credentialsAdapter,
];
