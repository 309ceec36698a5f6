import { z } from 'zod/mini';
import { plainText, requiredText } from '@/utils/portals/fill-values';
import { isChecked } from '@/utils/dom/checked';
import { windowOf } from '@/utils/dom/events';
import type { FieldResult } from '@/utils/dom/field-result';
import { fillFile } from '@/utils/dom/fill-field';
import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { textOf } from '@/utils/dom/text';
import { buttonIn, fieldIn, fillChoiceByLabel, fillOpts, fillText, valueIn } from '@/utils/portals/fields';
import { displayLabel, type FillOptions, type PortalFeature, variantsFor } from '@/utils/portals/types';

/**
 * JustCall: Settings > Security > Single Sign-On (app.justcall.io).
 * Reads the service-provider values it shows read-only ("ACS URL", "Entity
 * ID"; the latter is NOT the "Issuer / Entity ID" input) and fills the
 * identity-provider form: SSO URL, Issuer / Entity ID, the certificate file
 * and the Default Role. Save Configuration and Test Connection are the
 * admin's clicks; they are only found, for highlighting.
 */

export const JUSTCALL_SSO_LABELS = {
  page: { en: ['Single Sign-On', 'Single Sign On'] },
  enableSso: { en: ['Enable SSO'] },
  saml: { en: ['SAML 2.0'] },
  acsUrl: { en: ['ACS URL'] },
  entityId: { en: ['Entity ID'] },
  ssoUrl: { en: ['SSO URL'] },
  issuer: { en: ['Issuer / Entity ID', 'Issuer/Entity ID'] },
  certificate: { en: ['Certificate'] },
  uploadedCertificate: { en: ['Uploaded certificate'] },
  defaultRole: { en: ['Default Role'] },
  saveConfiguration: { en: ['Save Configuration'] },
  testConnection: { en: ['Test Connection'] },
} as const;
const L = JUSTCALL_SSO_LABELS;

export interface JustCallSsoRead {
  enabled: boolean | null;
  samlSelected: boolean | null;
  /** Service-provider values, shown read-only; null when the page hides them. */
  acsUrl: string | null;
  entityId: string | null;
  ssoUrl: string | null;
  issuer: string | null;
  defaultRole: string | null;
  /** What the page says about an uploaded certificate ("Uploaded: JustCall.cer …"), or null. */
  uploadedCertificate: string | null;
}

export const JustCallSsoValues = z.object({
  ssoUrl: requiredText(),
  issuer: requiredText(),
  certificatePem: z.optional(requiredText()),
  certificateFileName: z._default(requiredText(), 'JustCall.cer'),
  /** SHA-1 thumbprint of certificatePem (hex), to tell an upload of the same certificate apart. */
  certificateThumbprint: z.optional(plainText()),
  defaultRole: z.optional(requiredText()),
});
export type JustCallSsoValues = z.infer<typeof JustCallSsoValues>;

function detect(root: ParentNode): Element | null {
  const page = findSection(root, variantsFor(L.page));
  if (page && (fieldIn(page, L.ssoUrl) || fieldIn(page, L.enableSso, undefined, 'checkbox'))) return page;
  const ssoUrl = fieldIn(root, L.ssoUrl, undefined, 'textbox');
  return ssoUrl?.closest('form') ?? null;
}

function uploadedInfo(scope: ParentNode): string | null {
  const box = Array.from(scope.querySelectorAll('[aria-label]')).find(
    (el) => el.getAttribute('aria-label')?.trim().toLowerCase() === displayLabel(L.uploadedCertificate).toLowerCase(),
  );
  return box ? textOf(box) : null;
}

function read(root: ParentNode): JustCallSsoRead {
  const page = detect(root) ?? root;
  const toggle = fieldIn(page, L.enableSso, undefined, 'checkbox');
  const saml = fieldIn(page, L.saml, undefined, 'radio');
  const text = (label: typeof L.ssoUrl | typeof L.issuer): string | null => {
    const el = fieldIn(page, label, undefined, 'textbox');
    return el ? readControlValue(el) : null;
  };
  const role = fieldIn(page, L.defaultRole, undefined, 'listbox-button') ?? fieldIn(page, L.defaultRole, undefined, 'combobox');
  return {
    enabled: toggle ? isChecked(toggle) : null,
    samlSelected: saml ? isChecked(saml) : null,
    acsUrl: valueIn(page, L.acsUrl),
    entityId: valueIn(page, L.entityId),
    ssoUrl: text(L.ssoUrl),
    issuer: text(L.issuer),
    defaultRole: role ? readControlValue(role) : null,
    uploadedCertificate: uploadedInfo(page),
  };
}

const hexOnly = (v: string): string => v.replace(/[^0-9a-f]/gi, '').toUpperCase();

/** The certificate: an upload is replaced only with consent, unless it is the same thumbprint. */
async function fillCertificate(page: Element, values: JustCallSsoValues, opts: FillOptions): Promise<FieldResult | null> {
  if (!values.certificatePem) return null;
  const input = fieldIn(page, L.certificate, opts.lang, 'file');
  const base = fillOpts('certificate', L.certificate, opts);
  const uploaded = uploadedInfo(page);
  if (uploaded) {
    const ours = values.certificateThumbprint ? hexOnly(values.certificateThumbprint) : '';
    if (ours && hexOnly(uploaded).includes(ours)) {
      return { ...base, status: 'already-right', before: uploaded, after: uploaded, expected: values.certificateFileName };
    }
    if (!opts.overwrite) {
      return {
        ...base,
        status: 'conflict',
        before: uploaded,
        expected: values.certificateFileName,
        problem: 'A certificate is already uploaded; it was left as it is.',
      };
    }
  }
  if (!input) return fillFile(null, new File([], values.certificateFileName), base);
  const win = windowOf(input);
  const file = new win.File([values.certificatePem], values.certificateFileName, { type: 'application/x-x509-ca-cert' });
  return fillFile(input, file, base);
}

async function fill(root: ParentNode, values: JustCallSsoValues, opts: FillOptions): Promise<FieldResult[]> {
  const page = detect(root) ?? (root instanceof Element ? root : null);
  if (!page) {
    return [
      {
        field: 'ssoUrl',
        label: displayLabel(L.ssoUrl),
        status: 'not-found',
        expected: values.ssoUrl,
        problem: 'Enable SSO and choose SAML 2.0 first.',
      },
    ];
  }
  const results = [
    await fillText(page, 'ssoUrl', L.ssoUrl, values.ssoUrl, opts, 'url'),
    await fillText(page, 'issuer', L.issuer, values.issuer, opts, 'url'),
  ];
  const cert = await fillCertificate(page, values, opts);
  if (cert) results.push(cert);
  if (values.defaultRole) results.push(await fillChoiceByLabel(page, 'defaultRole', L.defaultRole, values.defaultRole, opts));
  return results;
}

export const justcallSso: PortalFeature<JustCallSsoRead, JustCallSsoValues> = {
  id: 'justcall.sso',
  portal: 'justcall',
  step: 'justcall-idp',
  page: 'JustCall: Settings > Security > Single Sign-On',
  labels: L,
  detect,
  read,
  fillSchema: JustCallSsoValues,
  fill,
};

/** Buttons to highlight; the assistant never clicks them. */
export function justcallSsoButtons(root: ParentNode): {
  enableSso: Element | null;
  saveConfiguration: Element | null;
  testConnection: Element | null;
} {
  const page = detect(root) ?? root;
  return {
    enableSso: fieldIn(page, L.enableSso, undefined, 'checkbox'),
    saveConfiguration: buttonIn(page, L.saveConfiguration),
    testConnection: buttonIn(page, L.testConnection),
  };
}
