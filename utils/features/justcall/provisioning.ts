import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { buttonIn, fieldIn, valueIn } from '@/utils/features/fields';
import { variantsFor } from '@/utils/features/labels';
import { compact } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * JustCall: Settings > Security > Provisioning. Read-only: the SCIM Tenant
 * URL and Secret Token for Entra's Admin Credentials. The token is often
 * masked until "Reveal" is clicked; the assistant points at that button
 * rather than clicking it.
 */

const L = {
  page: { en: ['Provisioning', 'User Provisioning'] },
  tenantUrl: { en: ['Tenant URL', 'SCIM Tenant URL'] },
  secretToken: { en: ['Secret Token', 'SCIM Secret Token'] },
  reveal: { en: ['Reveal', 'Show'] },
  generate: { en: ['Generate', 'Generate Token'] },
} as const;

export interface JustCallProvisioningRead {
  tenantUrl: string | null;
  /** The token when the page shows it in clear; null when masked or absent. */
  secretToken: string | null;
  tokenMasked: boolean;
}

// Masks are runs of bullets or asterisks; a real token has letters or digits.
const MASK = /^[•●·*\u2022\u25CF]+$/;

function detect(root: ParentNode): Element | null {
  const page = findSection(root, variantsFor(L.page));
  const scope = page ?? root;
  return valueIn(scope, L.tenantUrl) !== null && valueIn(scope, L.secretToken) !== null
    ? (page ?? (root instanceof Element ? root : root.firstElementChild))
    : null;
}

function collect(root: ParentNode): JustCallProvisioningRead {
  const scope = detect(root) ?? root;
  const tokenField = fieldIn(scope, L.secretToken, undefined, 'textbox');
  const token = tokenField ? readControlValue(tokenField).trim() : valueIn(scope, L.secretToken);
  const masked = token !== null && (MASK.test(token) || (tokenField?.getAttribute('type') === 'password' && token === ''));
  return { tenantUrl: valueIn(scope, L.tenantUrl), secretToken: token && !MASK.test(token) ? token : null, tokenMasked: masked };
}

export const justcallProvisioning = defineFeature({
  id: 'justcall/provisioning',
  portal: 'justcall',
  step: 'scim',
  page: 'JustCall: Settings > Security > Provisioning',
  title: 'JustCall Provisioning',
  labels: L,
  hints: ['tenantUrl'],
  detect,
  collect,
  observe: (r) => ({ saved: true, values: compact({ tenantUrl: r.tenantUrl ?? undefined, tokenMasked: r.tokenMasked }) }),
  carries: { tenantUrl: 'scimTenantUrl' },
  secret: (r) => r.secretToken,
  nextClick: (root) => {
    const reveal = collect(root).tokenMasked ? buttonIn(detect(root) ?? root, L.reveal) : null;
    return reveal ? { label: 'Reveal', el: reveal } : null;
  },
  notes: (root) =>
    collect(root).tokenMasked
      ? ['Click Reveal so the assistant can carry the Secret Token to Entra (it is kept only until this browser closes).']
      : [],
});
