import { z } from 'zod/mini';
import type { FieldResult } from '@/utils/dom/field-result';
import { findField } from '@/utils/dom/find-field';
import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import type { SetupSession } from '@/utils/setup/session';
import { text } from '@/utils/setup/wizard/observations';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { waitForElement } from '@/utils/dom/wait';
import { buttonIn, fieldIn, fillChoiceByLabel, fillText } from '@/utils/features/fields';
import { requiredText } from '@/utils/features/fill-values';
import { displayLabel, pageLabel, variantsFor } from '@/utils/features/labels';
import { compact, highlights, shownAs, statusText } from '@/utils/features/page-helpers';
import { defineFeature, type FillOptions } from '@/utils/features/types';

/**
 * Entra: Enterprise app > Provisioning > "Admin Credentials": Tenant URL,
 * Secret Token, Test Connection. Often an older Knockout form, whose value
 * binding listens for `change` (which the dom engine fires). In the newer
 * flow ("New configuration") an Authentication Method choice comes first and
 * the two fields appear only once "Bearer authentication" is chosen; Create
 * is offered only after a passing Test connection. The token is filled but
 * never read out or reported.
 */

const L = {
  adminCredentials: { en: ['Admin Credentials'] },
  tenantUrl: { en: ['Tenant URL'] },
  secretToken: { en: ['Secret Token'] },
  testConnection: { en: ['Test Connection'] },
  authMethod: { en: ['Authentication Method'] },
  bearer: { en: ['Bearer authentication'] },
  create: { en: ['Create'] },
} as const;

export interface CredentialsRead {
  tenantUrl: string | null;
  /** Whether a token is filled in; the token itself is never read out. */
  secretTokenPresent: boolean | null;
  /** The Test Connection notification, when one is shown. */
  testMessage: string | null;
}

const Values = z.object({ tenantUrl: requiredText(), secretToken: z.optional(requiredText()) });
type Values = z.infer<typeof Values>;

const authMethodControl = (scope: ParentNode): Element | null =>
  fieldIn(scope, L.authMethod, undefined, 'listbox-button') ?? fieldIn(scope, L.authMethod, undefined, 'combobox');

function detect(root: ParentNode): Element | null {
  // The newer flow: the form is the same before and after a method is chosen (the fields appear inside it).
  const method = authMethodControl(root);
  if (method) {
    const named = findSection(root, variantsFor(L.adminCredentials));
    return named?.contains(method) ? named : method.closest('form, [role="dialog"], main, body');
  }
  const tenant = findField(root, variantsFor(L.tenantUrl), { role: 'textbox' });
  const token = findField(root, variantsFor(L.secretToken), { role: 'textbox' });
  if (!tenant || !token) return null;
  const named = findSection(root, variantsFor(L.adminCredentials));
  if (named?.contains(tenant)) return named;
  // The smallest element holding both fields (the Knockout frame has no heading).
  let scope: Element | null = tenant.parentElement;
  while (scope && !scope.contains(token)) scope = scope.parentElement;
  return scope;
}

function collect(root: ParentNode): CredentialsRead {
  const scope = detect(root);
  if (!scope) return { tenantUrl: null, secretTokenPresent: null, testMessage: null };
  const tenant = fieldIn(scope, L.tenantUrl, undefined, 'textbox');
  const token = fieldIn(scope, L.secretToken, undefined, 'textbox');
  return {
    tenantUrl: tenant ? readControlValue(tenant) : null,
    secretTokenPresent: token ? readControlValue(token) !== '' : null,
    testMessage: statusText(root),
  };
}

async function insert(root: ParentNode, values: Values, opts: FillOptions): Promise<FieldResult[]> {
  const scope = detect(root) ?? root;
  if (values.secretToken === undefined) {
    return [
      {
        field: 'secretToken',
        label: 'Secret Token',
        // Not "not found": the field is there, the assistant has no token for it (not read yet, or withheld from this frame).
        status: 'failed',
        expected: '(hidden)',
        problem:
          "The assistant has no Secret Token for this form: it is read from JustCall Settings → Security → Provisioning, and goes only to the admin center's own form once you confirm in the side panel.",
      },
    ];
  }
  const method = authMethodControl(scope);
  const methodResult = method ? await fillChoiceByLabel(scope, 'authMethod', L.authMethod, displayLabel(L.bearer), opts) : null;
  if (
    method &&
    !(await waitForElement(() => fieldIn(scope, L.tenantUrl, opts.lang, 'textbox'), { root: scope, timeoutMs: opts.timeoutMs ?? 3000 }))
  )
    return methodResult ? [methodResult] : [];
  const token = await fillText(scope, 'secretToken', L.secretToken, values.secretToken, opts);
  // The token never leaves the page in a report.
  const redact = (v: string | undefined): string | undefined => (v === undefined || v === '' ? v : '(hidden)');
  return [
    ...(methodResult ? [methodResult] : []),
    await fillText(scope, 'tenantUrl', L.tenantUrl, values.tenantUrl, opts, 'url'),
    { ...token, before: redact(token.before), after: redact(token.after), expected: '(hidden)' },
  ];
}

/** Entra's saved provisioning Tenant URL against the one JustCall shows. */
function mismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/provisioning-credentials'];
  if (!obs?.saved) return [];
  const jcUrl = session.values.scimTenantUrl?.value;
  const seen = text(obs, 'tenantUrl');
  if (!jcUrl || !seen || seen === jcUrl) return [];
  return [
    {
      id: 'scim-url-mismatch',
      step: 'scim',
      title: "The provisioning Tenant URL is not JustCall's",
      detail: `Entra has "${seen}"; JustCall shows "${jcUrl}".`,
      fix: `Fill the ${pageLabel(L.tenantUrl)} from JustCall, ${pageLabel(L.testConnection)}, then Save.`,
    },
  ];
}

export const provisioningCredentials = defineFeature({
  id: 'entra/provisioning-credentials',
  portal: 'entra',
  step: 'scim',
  page: 'Enterprise app > Provisioning > Admin Credentials (often a Knockout frame)',
  title: 'Admin Credentials',
  labels: L,
  hints: ['tenantUrl', 'authMethod'],
  // A hosting frame may be read (another team's extension could draw this form), but is never offered the token: ../../background/setup/secret-access.ts.
  frames: ['top', 'view', 'hosting'],
  detect,
  collect,
  observe: (r) => {
    const result = r.testMessage;
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
  fill: {
    from: 'JustCall',
    plan: { tenantUrl: { from: 'value', key: 'scimTenantUrl' } },
    needs: ['secretToken'],
    schema: Values,
    values: (plan) => ({ ...plan.values, secretToken: plan.secretToken ?? undefined }),
    insert,
  },
  // Test first; the newer flow's Create is worth pointing at only once the test passed.
  commit: (root) => {
    const passed = /authorized/i.test(statusText(root) ?? '') && !/fail|error|not authorized/i.test(statusText(root) ?? '');
    const create = passed ? buttonIn(root, L.create) : null;
    return create ? highlights(shownAs(L.create, create)) : highlights(shownAs(L.testConnection, buttonIn(root, L.testConnection)));
  },
  mismatches,
});
