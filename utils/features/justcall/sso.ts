import { z } from 'zod/mini';
import { isChecked } from '@/utils/dom/checked';
import { windowOf } from '@/utils/dom/events';
import type { FieldResult } from '@/utils/dom/field-result';
import { fillField, fillFile } from '@/utils/dom/fill-field';
import { findSection } from '@/utils/dom/find-section';
import { readControlValue } from '@/utils/dom/set-value';
import { textOf } from '@/utils/dom/text';
import type { SetupSession } from '@/utils/setup/session';
import { expectedValue } from '@/utils/setup/value-keys';
import { differsOnlyBySlash, sameThumbprint } from '@/utils/setup/wizard/compare';
import { text } from '@/utils/setup/wizard/observations';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { buttonIn, fieldIn, fillChoiceByLabel, fillOpts, fillText, valueIn } from '@/utils/features/fields';
import { plainText, requiredText } from '@/utils/features/fill-values';
import { displayLabel, variantsFor } from '@/utils/features/labels';
import { compact, highlights, statusText } from '@/utils/features/page-helpers';
import { defineFeature, type FillOptions } from '@/utils/features/types';

/**
 * JustCall: Settings > Security > Single Sign-On (app.justcall.io).
 * Reads the service-provider values it shows read-only ("ACS URL", "Entity
 * ID"; the latter is NOT the "Issuer / Entity ID" input) and fills the
 * identity-provider form: SSO URL, Issuer / Entity ID, the certificate and
 * the Default Role. Save Configuration and Test Connection are the admin's
 * clicks; they are only found, for highlighting.
 * JustCall's help articles show other shapes of the same form
 * (portal-dom-evidence.md, point 11): the sign-in URL labelled "Entry Point
 * URL" or "SAML 2.0 Endpoint (HTTP)", the certificate pasted as text into
 * "X.509 Certificate", no Issuer field, no Default Role, the SP values not
 * shown. A field the page does not have is left out, and said so.
 */

const L = {
  page: { en: ['Single Sign-On', 'Single Sign On'] },
  enableSso: { en: ['Enable SSO'] },
  saml: { en: ['SAML 2.0'] },
  acsUrl: { en: ['ACS URL'] },
  entityId: { en: ['Entity ID'] },
  ssoUrl: { en: ['SSO URL', 'Entry Point URL', 'SAML 2.0 Endpoint (HTTP)', 'SAML 2.0 Endpoint'] },
  issuer: { en: ['Issuer / Entity ID', 'Issuer/Entity ID'] },
  certificate: { en: ['Certificate'] },
  certificateText: { en: ['X.509 Certificate', 'Certificate'] },
  uploadedCertificate: { en: ['Uploaded certificate'] },
  defaultRole: { en: ['Default Role'] },
  saveConfiguration: { en: ['Save Configuration'] },
  testConnection: { en: ['Test Connection'] },
} as const;

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
  /** Whether the form has an Issuer field at all (some layouts do not). */
  issuerField: boolean;
  /** A certificate pasted as text ("X.509 Certificate"), when the form takes it so. */
  certificateText: string | null;
  /** JustCall says "Last saved …" once a configuration is stored; the form then shows stored values. */
  lastSaved: boolean;
  /** The Test Connection result, when one is shown. */
  status: string | null;
}

const Values = z.object({
  ssoUrl: requiredText(),
  issuer: requiredText(),
  certificatePem: z.optional(requiredText()),
  certificateFileName: z._default(requiredText(), 'JustCall.cer'),
  /** SHA-1 thumbprint of certificatePem (hex), to tell an upload of the same certificate apart. */
  certificateThumbprint: z.optional(plainText()),
  defaultRole: z.optional(requiredText()),
});
type Values = z.infer<typeof Values>;

// "Thumbprint: 748D…" in the uploaded-certificate box; the next line may start with a hex letter ("Expires").
const THUMBPRINT = /Thumbprint:?\s*([0-9A-F]{40})/i;

function detectForm(root: ParentNode): Element | null {
  const page = findSection(root, variantsFor(L.page));
  if (page && (fieldIn(page, L.ssoUrl) || fieldIn(page, L.enableSso, undefined, 'checkbox'))) return page;
  const ssoUrl = fieldIn(root, L.ssoUrl, undefined, 'textbox');
  return ssoUrl?.closest('form') ?? null;
}

/** Before SSO is enabled the form is not there yet, but the Enable SSO switch is. */
function detect(root: ParentNode): Element | null {
  return detectForm(root) ?? fieldIn(root, L.enableSso, undefined, 'checkbox')?.closest('main, body') ?? null;
}

const roleControl = (page: ParentNode): Element | null =>
  fieldIn(page, L.defaultRole, undefined, 'listbox-button') ?? fieldIn(page, L.defaultRole, undefined, 'combobox');

function uploadedInfo(scope: ParentNode): string | null {
  const box = Array.from(scope.querySelectorAll('[aria-label]')).find(
    (el) => el.getAttribute('aria-label')?.trim().toLowerCase() === displayLabel(L.uploadedCertificate).toLowerCase(),
  );
  return box ? textOf(box) : null;
}

function lastSaved(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('div, p, span')).some((el) => el.childElementCount === 0 && /^Last saved\b/i.test(textOf(el)));
}

function collect(root: ParentNode): JustCallSsoRead {
  const page = detectForm(root) ?? root;
  const toggle = fieldIn(page, L.enableSso, undefined, 'checkbox');
  const saml = fieldIn(page, L.saml, undefined, 'radio');
  const textField = (label: typeof L.ssoUrl | typeof L.issuer): string | null => {
    const el = fieldIn(page, label, undefined, 'textbox');
    return el ? readControlValue(el) : null;
  };
  const role = roleControl(page);
  const pasted = certificateTextArea(page);
  return {
    enabled: toggle ? isChecked(toggle) : null,
    samlSelected: saml ? isChecked(saml) : null,
    acsUrl: valueIn(page, L.acsUrl),
    entityId: valueIn(page, L.entityId),
    ssoUrl: textField(L.ssoUrl),
    issuer: textField(L.issuer),
    defaultRole: role ? readControlValue(role) : null,
    uploadedCertificate: uploadedInfo(page),
    issuerField: fieldIn(page, L.issuer, undefined, 'textbox') !== null,
    certificateText: pasted ? readControlValue(pasted) : null,
    lastSaved: lastSaved(root),
    status: statusText(root),
  };
}

const hexOnly = (v: string): string => v.replace(/[^0-9a-f]/gi, '').toUpperCase();

/** The text area a certificate is pasted into, when the form takes it so (never the file input). */
function certificateTextArea(page: ParentNode): Element | null {
  const el = fieldIn(page, L.certificateText, undefined, 'textbox');
  return el?.tagName === 'TEXTAREA' || el?.getAttribute('role') === 'textbox' ? el : null;
}

// The certificate's base64 body, whatever the line breaks and PEM armour around it.
const pemBody = (pem: string): string => pem.replace(/-----[A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');

/** A pasted certificate: the same body is already right; another one is replaced only with consent. */
async function pasteCertificate(area: Element, values: Values & { certificatePem: string }, opts: FillOptions): Promise<FieldResult> {
  const base = fillOpts('certificate', L.certificateText, opts);
  const before = readControlValue(area);
  if (before.trim() !== '' && pemBody(before) === pemBody(values.certificatePem))
    return {
      ...base,
      status: 'already-right',
      before: values.certificateFileName,
      after: values.certificateFileName,
      expected: values.certificateFileName,
    };
  const result = await fillField(area, values.certificatePem, base);
  // The PEM text is long: the report names the certificate instead.
  const name = (v: string | undefined): string | undefined =>
    v ? (pemBody(v) === pemBody(values.certificatePem) ? values.certificateFileName : 'another certificate') : v;
  return { ...result, before: name(result.before), after: name(result.after), expected: values.certificateFileName };
}

/** The certificate: an upload is replaced only with consent, unless it is the same thumbprint. */
async function fillCertificate(page: Element, values: Values, opts: FillOptions): Promise<FieldResult | null> {
  if (!values.certificatePem) return null;
  const input = fieldIn(page, L.certificate, opts.lang, 'file');
  const area = input ? null : certificateTextArea(page);
  if (area) return pasteCertificate(area, { ...values, certificatePem: values.certificatePem }, opts);
  const base = fillOpts('certificate', L.certificate, opts);
  const uploaded = uploadedInfo(page);
  if (uploaded) {
    const ours = values.certificateThumbprint ? hexOnly(values.certificateThumbprint) : '';
    if (ours && hexOnly(uploaded).includes(ours)) {
      return { ...base, status: 'already-right', before: uploaded, after: uploaded, expected: values.certificateFileName };
    }
    if (!base.overwrite) {
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

async function insert(root: ParentNode, values: Values, opts: FillOptions): Promise<FieldResult[]> {
  const page = detectForm(root) ?? (root instanceof Element ? root : null);
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
  const results = [await fillText(page, 'ssoUrl', L.ssoUrl, values.ssoUrl, opts, 'url')];
  // Layouts without an Issuer or a Default Role field: nothing to put there (the notes say so).
  if (fieldIn(page, L.issuer, opts.lang, 'textbox')) results.push(await fillText(page, 'issuer', L.issuer, values.issuer, opts, 'url'));
  const cert = await fillCertificate(page, values, opts);
  if (cert) results.push(cert);
  if (values.defaultRole && roleControl(page))
    results.push(await fillChoiceByLabel(page, 'defaultRole', L.defaultRole, values.defaultRole, opts));
  return results;
}

function testResult(status: string | null): boolean | undefined {
  if (!status) return undefined;
  if (/connection successful/i.test(status)) return true;
  if (/AADSTS|signature|issuer mismatch|not reachable|no certificate/i.test(status)) return false;
  return undefined;
}

/** JustCall's saved IdP settings against Entra's Login URL, Identifier and active certificate. */
function mismatches(session: SetupSession): Mismatch[] {
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
      title: "JustCall's SSO URL is not Entra's Login URL",
      detail: `JustCall has "${ssoUrl}"; Entra's Login URL is "${loginUrl}".`,
      fix: `Set SSO URL in JustCall to "${loginUrl}" and click Save Configuration.`,
    });
  }
  if (issuer && seenIssuer && seenIssuer !== issuer) {
    out.push({
      id: 'issuer-mismatch',
      step: 'justcall-idp',
      title: differsOnlyBySlash(seenIssuer, issuer)
        ? "JustCall's Issuer differs by a trailing slash"
        : "JustCall's Issuer is not Entra's Identifier",
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

export const justcallSso = defineFeature({
  id: 'justcall/sso',
  portal: 'justcall',
  step: 'justcall-idp',
  alsoSteps: ['justcall-sso'],
  page: 'JustCall: Settings > Security > Single Sign-On',
  title: 'JustCall Single Sign-On',
  labels: L,
  hints: ['ssoUrl', 'enableSso'],
  detect,
  collect,
  observe: (r) => {
    const testPassed = testResult(r.status);
    return {
      saved: r.lastSaved,
      values: compact({
        enabled: r.enabled ?? undefined,
        samlSelected: r.samlSelected ?? undefined,
        acsUrl: r.acsUrl ?? undefined,
        entityId: r.entityId ?? undefined,
        ssoUrl: r.ssoUrl ?? undefined,
        issuer: r.issuer ?? undefined,
        defaultRole: r.defaultRole ?? undefined,
        certificatePresent: r.uploadedCertificate !== null || (r.certificateText ?? '').trim() !== '',
        issuerField: r.issuerField ? undefined : false,
        certificateThumbprint: r.uploadedCertificate ? THUMBPRINT.exec(r.uploadedCertificate)?.[1] : undefined,
        testPassed,
        testMessage: testPassed === undefined ? undefined : (r.status ?? undefined),
      }),
    };
  },
  carries: { acsUrl: 'acsUrl', entityId: 'entityId' },
  fill: {
    from: 'Entra',
    plan: {
      ssoUrl: { from: 'value', key: 'loginUrl' },
      issuer: { from: 'value', key: 'entraIdentifier' },
      defaultRole: { from: 'setting', key: 'defaultRole' },
    },
    needs: ['certificate'],
    schema: Values,
    values: (plan) => ({
      ...plan.values,
      ...(plan.certificate
        ? {
            certificatePem: plan.certificate.pem,
            certificateFileName: plan.certificate.fileName,
            certificateThumbprint: plan.certificate.thumbprint,
          }
        : {}),
    }),
    insert,
    // Until SSO is enabled with SAML 2.0 there is no form to fill: the notes say how to get it.
    canFill: (root) => fieldIn(detectForm(root) ?? root, L.ssoUrl, undefined, 'textbox') !== null,
  },
  // JustCall re-mounts its form after Save Configuration: a new SSO URL input means the values were stored.
  draftMarker: (root) => fieldIn(detectForm(root) ?? root, L.ssoUrl, undefined, 'textbox'),
  draftScope: (root) => fieldIn(detectForm(root) ?? root, L.ssoUrl, undefined, 'textbox')?.closest('form') ?? null,
  commit: (root) => highlights(['Save Configuration', buttonIn(detectForm(root) ?? root, L.saveConfiguration)]),
  nextClick: (root) => {
    const test = buttonIn(detectForm(root) ?? root, L.testConnection);
    // Once it passed, there is nothing left to click: "Next: Test Connection" would linger over "Done".
    return lastSaved(root) && test && testResult(statusText(root)) !== true ? { label: 'Test Connection', el: test } : null;
  },
  notes: (root) => {
    const r = collect(root);
    const out: string[] = [];
    if (r.enabled !== true) {
      out.push(
        'Enabling SSO makes every JustCall admin and member sign in through Microsoft Entra. Finish the Entra steps and pass Test Connection before you rely on it, and keep this owner session open until an SSO sign-in works.',
      );
    }
    if (r.enabled && r.acsUrl === null)
      out.push("This page does not show the ACS URL and Entity ID; the assistant uses JustCall's documented values.");
    const form = detectForm(root);
    // What a layout lacks is said only once its form is showing; before, every field is "missing".
    const shown = form !== null && fieldIn(form, L.ssoUrl, undefined, 'textbox') !== null;
    if (!shown) {
      out.push('Turn on Enable SSO and choose SAML 2.0: the form the assistant fills from Entra appears then.');
      return out;
    }
    if (!r.issuerField) out.push('This page has no Issuer field, so there is none to fill.');
    if (!roleControl(form)) out.push('This page has no Default Role field, so there is none to fill.');
    return out;
  },
  mismatches,
});
