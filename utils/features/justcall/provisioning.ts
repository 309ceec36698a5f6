import { findSection } from '@/utils/dom/find-section';
import { findLabelElements } from '@/utils/dom/read-value';
import { readControlValue } from '@/utils/dom/set-value';
import { buttonIn, fieldIn, valueIn } from '@/utils/features/fields';
import { variantsFor } from '@/utils/features/labels';
import { compact } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * JustCall: Settings > Security > Provisioning. Read-only: the SCIM Tenant
 * URL and Secret Token for Entra's Admin Credentials. The token is often
 * masked until "Reveal" is clicked; the assistant points at that button
 * rather than clicking it. An account may have no provisioning at all
 * (portal-dom-evidence.md, point 11): the page says "User provisioning is
 * currently not supported", or the address is JustCall's "Page not found";
 * that is reported, so the SCIM step says so instead of waiting.
 */

const L = {
  page: { en: ['Provisioning', 'User Provisioning'] },
  tenantUrl: { en: ['Tenant URL', 'SCIM Tenant URL'] },
  secretToken: { en: ['Secret Token', 'SCIM Secret Token'] },
  reveal: { en: ['Reveal', 'Show'] },
  generate: { en: ['Generate', 'Generate Token'] },
  unsupported: { en: ['User provisioning is currently not supported.', 'User provisioning is not supported.'] },
  notFound: { en: ['Page not found'] },
} as const;

export interface JustCallProvisioningRead {
  tenantUrl: string | null;
  /** The token when the page shows it in clear; null when masked or absent. */
  secretToken: string | null;
  tokenMasked: boolean;
  /** The account has no provisioning: the page says so, or there is no such page. */
  unavailable: 'not-supported' | 'no-page' | null;
}

// Masks are runs of bullets or asterisks; a real token has letters or digits.
const MASK = /^[•●·*\u2022\u25CF]+$/;

function unavailable(root: ParentNode): { kind: 'not-supported' | 'no-page'; el: Element } | null {
  const notice = findLabelElements(root, variantsFor(L.unsupported))[0];
  if (notice) return { kind: 'not-supported', el: notice };
  const doc = root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  // "Page not found" counts only at the Provisioning address the guide sends the admin to.
  const atProvisioning = /\/provisioning\/?$/.test(doc?.defaultView?.location.pathname ?? '');
  const missing = atProvisioning ? findSection(root, variantsFor(L.notFound)) : null;
  return missing ? { kind: 'no-page', el: missing } : null;
}

function detect(root: ParentNode): Element | null {
  const none = unavailable(root);
  if (none) return none.el.closest('main, section, body') ?? none.el;
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
  return {
    tenantUrl: valueIn(scope, L.tenantUrl),
    secretToken: token && !MASK.test(token) ? token : null,
    tokenMasked: masked,
    unavailable: unavailable(root)?.kind ?? null,
  };
}

export const justcallProvisioning = defineFeature({
  id: 'justcall/provisioning',
  portal: 'justcall',
  step: 'scim',
  page: 'JustCall: Settings > Security > Provisioning',
  title: 'JustCall Provisioning',
  labels: L,
  hints: ['tenantUrl', 'unsupported', 'notFound'],
  detect,
  collect,
  observe: (r) => ({
    saved: true,
    values: compact({ tenantUrl: r.tenantUrl ?? undefined, tokenMasked: r.tokenMasked, unavailable: r.unavailable ?? undefined }),
  }),
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
