import { z } from 'zod/mini';
import { requiredText } from '@/utils/portals/fill-values';
import type { FieldResult } from '@/utils/dom/field-result';
import { findField } from '@/utils/dom/find-field';
import { findSection } from '@/utils/dom/find-section';
import { readTable } from '@/utils/dom/read-table';
import { readControlValue } from '@/utils/dom/set-value';
import { buttonIn, fieldIn, fillChoiceByLabel, fillText, valueIn } from '@/utils/portals/fields';
import { type FillOptions, type PortalFeature, variantsFor } from '@/utils/portals/types';

/**
 * Entra: Enterprise app > Provisioning. Two parts, often in two frames:
 * - the React blade: Provisioning Mode, Mappings, Scope, Provisioning Status;
 * - "Admin Credentials", an older Knockout form (its own iframe on
 *   *.hosting.portal.azure.net): Tenant URL, Secret Token, Test Connection.
 *   Knockout's value binding listens for `change`, which setTextValue fires.
 * The assistant fills; the admin clicks Test Connection and Save.
 */

export const PROVISIONING_LABELS = {
  mode: { en: ['Provisioning Mode'] },
  adminCredentials: { en: ['Admin Credentials'] },
  tenantUrl: { en: ['Tenant URL'] },
  secretToken: { en: ['Secret Token'] },
  testConnection: { en: ['Test Connection'] },
  mappings: { en: ['Mappings'] },
  mappingSource: { en: ['Microsoft Entra ID Attribute', 'Azure Active Directory Attribute', 'Source attribute'] },
  mappingTarget: { en: ['{app} Attribute', 'customappsso Attribute', 'Target attribute'] },
  scope: { en: ['Scope'] },
  status: { en: ['Provisioning Status'] },
  save: { en: ['Save'] },
} as const;
const L = PROVISIONING_LABELS;

export interface ProvisioningRead {
  mode: string | null;
  scope: string | null;
  /** "On" / "Off" as shown. */
  status: string | null;
  mappings: { source: string; target: string }[];
}

export const ProvisioningValues = z.object({
  mode: z._default(z.literal('Automatic', { error: 'only Automatic provisioning is filled in' }), 'Automatic'),
});
export type ProvisioningValues = z.infer<typeof ProvisioningValues>;

function detectBlade(root: ParentNode): Element | null {
  const mode = fieldIn(root, L.mode, undefined, 'listbox-button') ?? fieldIn(root, L.mode, undefined, 'combobox');
  if (!mode) return null;
  return findSection(root, ['Provisioning']) ?? mode.closest('form, [role="dialog"], main, body');
}

/** Status is a pair of pressed-state buttons, a radio group, a switch or plain text. */
function readStatus(scope: ParentNode): string | null {
  const group = findSection(scope, variantsFor(L.status));
  if (group) {
    const pressed = group.querySelector('[aria-pressed="true"], [aria-checked="true"], input:checked');
    if (pressed) return pressed.getAttribute('value') ?? pressed.textContent?.trim() ?? null;
  }
  return valueIn(scope, L.status);
}

function readBlade(root: ParentNode): ProvisioningRead {
  const scope = detectBlade(root);
  if (!scope) return { mode: null, scope: null, status: null, mappings: [] };
  const choice = (label: typeof L.mode | typeof L.scope): string | null => {
    const el = fieldIn(scope, label, undefined, 'listbox-button') ?? fieldIn(scope, label, undefined, 'combobox');
    return el ? readControlValue(el) : valueIn(scope, label);
  };
  const rows = readTable(scope, { source: L.mappingSource.en, target: L.mappingTarget.en }, ['source', 'target']) ?? [];
  return {
    mode: choice(L.mode),
    scope: choice(L.scope),
    status: readStatus(scope),
    mappings: rows.map((r) => ({ source: r.cells.source ?? '', target: r.cells.target ?? '' })),
  };
}

async function fillBlade(root: ParentNode, values: ProvisioningValues, opts: FillOptions): Promise<FieldResult[]> {
  const scope = detectBlade(root) ?? root;
  // Manual → Automatic is the step itself, not an overwrite of the admin's data.
  return [await fillChoiceByLabel(scope, 'mode', L.mode, values.mode, { ...opts, overwrite: true })];
}

export const provisioning: PortalFeature<ProvisioningRead, ProvisioningValues> = {
  id: 'entra.provisioning',
  portal: 'entra',
  step: 'scim',
  page: 'Enterprise app > Provisioning (edit view)',
  labels: L,
  detect: detectBlade,
  read: readBlade,
  fillSchema: ProvisioningValues,
  fill: fillBlade,
};

// ---- Admin Credentials (the Knockout frame) ----

export interface CredentialsRead {
  tenantUrl: string | null;
  /** Whether a token is filled in; the token itself is never read out (DESIGN decision 8). */
  secretTokenPresent: boolean | null;
}

export const CredentialsValues = z.object({
  tenantUrl: requiredText(),
  secretToken: requiredText(),
});
export type CredentialsValues = z.infer<typeof CredentialsValues>;

function detectCredentials(root: ParentNode): Element | null {
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

function readCredentials(root: ParentNode): CredentialsRead {
  const scope = detectCredentials(root);
  if (!scope) return { tenantUrl: null, secretTokenPresent: null };
  const tenant = fieldIn(scope, L.tenantUrl, undefined, 'textbox');
  const token = fieldIn(scope, L.secretToken, undefined, 'textbox');
  return {
    tenantUrl: tenant ? readControlValue(tenant) : null,
    secretTokenPresent: token ? readControlValue(token) !== '' : null,
  };
}

async function fillCredentials(root: ParentNode, values: CredentialsValues, opts: FillOptions): Promise<FieldResult[]> {
  const scope = detectCredentials(root) ?? root;
  const token = await fillText(scope, 'secretToken', L.secretToken, values.secretToken, opts);
  // The token never leaves the page in a report.
  const redact = (v: string | undefined): string | undefined => (v === undefined || v === '' ? v : '(hidden)');
  return [
    await fillText(scope, 'tenantUrl', L.tenantUrl, values.tenantUrl, opts, 'url'),
    { ...token, before: redact(token.before), after: redact(token.after), expected: '(hidden)' },
  ];
}

export const provisioningCredentials: PortalFeature<CredentialsRead, CredentialsValues> = {
  id: 'entra.provisioning-credentials',
  portal: 'entra',
  step: 'scim',
  page: 'Enterprise app > Provisioning > Admin Credentials (Knockout frame)',
  labels: L,
  detect: detectCredentials,
  read: readCredentials,
  fillSchema: CredentialsValues,
  fill: fillCredentials,
};

/** Buttons to highlight; the assistant never clicks them. */
export function provisioningButtons(root: ParentNode): { testConnection: Element | null; save: Element | null } {
  return { testConnection: buttonIn(root, L.testConnection), save: buttonIn(root, L.save) };
}
