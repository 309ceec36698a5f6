import { JUSTCALL_SSO_LABELS, justcallSso, justcallSsoButtons } from '@/utils/portals/justcall/sso';
import { justcallProvisioning, revealTokenButton } from '@/utils/portals/justcall/provisioning';
import { fieldIn } from '@/utils/portals/fields';
import { textOf } from '@/utils/dom/text';
import { compact, highlights, runFill, statusText, type FeatureAdapter } from './features';

/** The JustCall content script's page features (see ./features for what an adapter is). */

// "Thumbprint: 748D…" in JustCall's uploaded-certificate box; the next line may start with a hex letter ("Expires").
const THUMBPRINT = /Thumbprint:?\s*([0-9A-F]{40})/i;

/** JustCall says "Last saved …" once a configuration is stored; the form then shows stored values. */
function lastSaved(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('div, p, span')).some((el) => el.childElementCount === 0 && /^Last saved\b/i.test(textOf(el)));
}

const justcallSsoAdapter: FeatureAdapter = {
  hints: ['SSO URL', 'Enable SSO'],
  key: 'justcall/sso',
  title: 'JustCall Single Sign-On',
  portal: 'justcall',
  detect: (root) =>
    justcallSso.detect(root) ??
    (justcallSsoButtons(root).enableSso ? (justcallSsoButtons(root).enableSso as Element).closest('main, body') : null),
  observe(root) {
    const r = justcallSso.read(root);
    const status = statusText(root);
    const testPassed =
      status && /connection successful/i.test(status)
        ? true
        : status && /AADSTS|signature|issuer mismatch|not reachable|no certificate/i.test(status)
          ? false
          : undefined;
    return {
      saved: lastSaved(root),
      values: compact({
        enabled: r.enabled ?? undefined,
        samlSelected: r.samlSelected ?? undefined,
        acsUrl: r.acsUrl ?? undefined,
        entityId: r.entityId ?? undefined,
        ssoUrl: r.ssoUrl ?? undefined,
        issuer: r.issuer ?? undefined,
        defaultRole: r.defaultRole ?? undefined,
        certificatePresent: r.uploadedCertificate !== null,
        certificateThumbprint: r.uploadedCertificate ? THUMBPRINT.exec(r.uploadedCertificate)?.[1] : undefined,
        testPassed,
        testMessage: testPassed === undefined ? undefined : (status ?? undefined),
      }),
    };
  },
  fillFrom: 'Entra',
  // JustCall re-mounts its form after Save Configuration: a new SSO URL input means the values were stored.
  draftMarker: (root) => fieldIn(justcallSso.detect(root) ?? root, JUSTCALL_SSO_LABELS.ssoUrl, undefined, 'textbox'),
  draftScope: (root) =>
    fieldIn(justcallSso.detect(root) ?? root, JUSTCALL_SSO_LABELS.ssoUrl, undefined, 'textbox')?.closest('form') ?? null,
  fill(root, plan, opts, keep) {
    const r = justcallSso.read(root);
    const values = {
      ssoUrl: keep.has('ssoUrl') ? (r.ssoUrl ?? '') : plan.values.ssoUrl,
      issuer: keep.has('issuer') ? (r.issuer ?? '') : plan.values.issuer,
      defaultRole: keep.has('defaultRole') ? (r.defaultRole ?? undefined) : plan.values.defaultRole,
      ...(plan.certificate && !keep.has('certificate')
        ? {
            certificatePem: plan.certificate.pem,
            certificateFileName: plan.certificate.fileName,
            certificateThumbprint: plan.certificate.thumbprint,
          }
        : {}),
    };
    return runFill(justcallSso, root, values, opts);
  },
  commit(root) {
    const b = justcallSsoButtons(root);
    return highlights(['Save Configuration', b.saveConfiguration]);
  },
  nextClick(root) {
    const b = justcallSsoButtons(root);
    return lastSaved(root) && b.testConnection ? { label: 'Test Connection', el: b.testConnection } : null;
  },
  notes(root) {
    const r = justcallSso.read(root);
    const out: string[] = [];
    if (r.enabled !== true) {
      out.push(
        'Enabling SSO makes every JustCall admin and member sign in through Microsoft Entra. Finish the Entra steps and pass Test Connection before you rely on it, and keep this owner session open until an SSO sign-in works.',
      );
    }
    if (r.enabled && r.acsUrl === null)
      out.push("This page does not show the ACS URL and Entity ID; the assistant uses JustCall's documented values.");
    return out;
  },
};

const justcallProvisioningAdapter: FeatureAdapter = {
  hints: ['Tenant URL'],
  key: 'justcall/provisioning',
  title: 'JustCall Provisioning',
  portal: 'justcall',
  detect: (root) => justcallProvisioning.detect(root),
  observe(root) {
    const r = justcallProvisioning.read(root);
    // The token never goes into an observation (storage.local); see controller's token handling.
    return { saved: true, values: compact({ tenantUrl: r.tenantUrl ?? undefined, tokenMasked: r.tokenMasked }) };
  },
  nextClick(root) {
    const r = justcallProvisioning.read(root);
    const reveal = r.tokenMasked ? revealTokenButton(root) : null;
    return reveal ? { label: 'Reveal', el: reveal } : null;
  },
  notes(root) {
    const r = justcallProvisioning.read(root);
    return r.tokenMasked
      ? ['Click Reveal so the assistant can carry the Secret Token to Entra (it is kept only until this browser closes).']
      : [];
  },
};

/** The JustCall SCIM token, read separately so it only ever travels in its own message. */
export function readScimToken(root: ParentNode): string | null {
  return justcallProvisioningAdapter.detect(root) ? justcallProvisioning.read(root).secretToken : null;
}

export const JUSTCALL_ADAPTERS: readonly FeatureAdapter[] = [justcallSsoAdapter, justcallProvisioningAdapter];
