import { X509Certificate } from 'node:crypto';
import { normaliseCertPem, thumbprintOf } from '../certs';
import { CLOUD_IDS, cloudUrls } from '../clouds';
import type { WorldRequest } from '../http';
import { JUSTCALL_LAYOUT_DEFS, type JustCallLayout } from '../justcall-layouts';
import { activeCert, directoryOf } from '../store';
import type { WorldState } from '../state';
import { readBody, sendError, sendJson, type ApiRoute } from './router';
import { JustCallSsoSaveBodySchema, JustCallSsoToggleBodySchema, type JustCallSsoView, type TestConnectionResult } from './views';

function certInfo(pem: string): JustCallSsoView['certificate'] {
  if (!pem) return null;
  try {
    const x = new X509Certificate(pem);
    return { thumbprint: thumbprintOf(pem), notAfter: new Date(x.validTo).toISOString(), subject: x.subject.replace(/\n/g, ', ') };
  } catch {
    return null;
  }
}

export function ssoView(state: WorldState, layout: JustCallLayout = JUSTCALL_LAYOUT_DEFS.seed): JustCallSsoView {
  const sso = state.justcall.sso;
  // A scenario or a layout hides them: then the page must not leak them either.
  const shown = sso.showSpValues && layout.spValues !== 'hidden';
  return {
    layout,
    enabled: sso.enabled,
    protocol: sso.protocol,
    showSpValues: shown,
    acsUrl: shown ? sso.acsUrl : '',
    entityId: shown ? sso.entityId : '',
    ssoUrl: sso.ssoUrl,
    issuer: sso.issuer,
    certificateFileName: sso.certificateFileName,
    certificate: certInfo(sso.certificatePem),
    defaultRole: sso.defaultRole,
    savedAt: sso.savedAt,
    lastTest: sso.lastTest,
  };
}

/** The tenant (of either cloud) whose Login URL this is, if any. */
function idpOf(state: WorldState, ssoUrl: string): { cloud: (typeof CLOUD_IDS)[number]; loginUrl: string; issuer: string } | null {
  for (const cloud of CLOUD_IDS) {
    const tenantId = directoryOf(state, cloud).tenant.id;
    const urls = cloudUrls(cloud, tenantId, '');
    if (urls.loginUrl === ssoUrl) return { cloud, loginUrl: urls.loginUrl, issuer: urls.entraIdentifier };
  }
  return null;
}

/** JustCall's "Test Connection": checks the saved setup against the identity provider it points at. */
export function testSsoConfiguration(state: WorldState, layout: JustCallLayout = JUSTCALL_LAYOUT_DEFS.seed): TestConnectionResult {
  const sso = state.justcall.sso;
  if (!sso.enabled || sso.protocol !== 'SAML 2.0') return { ok: false, message: 'Enable SSO and select SAML 2.0 first.' };
  if (!sso.savedAt) return { ok: false, message: 'Save the configuration before testing the connection.' };
  const idp = idpOf(state, sso.ssoUrl);
  if (!idp)
    return { ok: false, message: `SSO URL is not reachable as a SAML 2.0 sign-in endpoint of your identity provider: ${sso.ssoUrl}` };
  if (layout.issuerField && sso.issuer !== idp.issuer)
    return { ok: false, message: `Issuer mismatch: the identity provider identifies itself as a different issuer than "${sso.issuer}".` };
  const app = state.apps.find((a) => a.cloud === idp.cloud && a.ssoMode === 'saml' && a.identifiers.some((i) => i.value === sso.entityId));
  if (!app)
    return {
      ok: false,
      message: `The identity provider returned an error: AADSTS700016: Application with identifier '${sso.entityId}' was not found in the directory.`,
    };
  if (!app.replyUrls.some((u) => u.value === sso.acsUrl))
    return {
      ok: false,
      message: `The identity provider returned an error: AADSTS50011: The redirect URI '${sso.acsUrl}' specified in the request does not match the redirect URIs configured for the application.`,
    };
  const cert = activeCert(app);
  if (!sso.certificatePem) return { ok: false, message: 'No certificate uploaded.' };
  if (!cert || thumbprintOf(cert.certPem) !== thumbprintOf(sso.certificatePem))
    return {
      ok: false,
      message: 'Signature validation failed: the uploaded certificate does not match the signing certificate of your identity provider.',
    };
  return { ok: true, message: 'Connection successful. Your SSO configuration is working.' };
}

function layoutOf(r: WorldRequest): JustCallLayout {
  return JUSTCALL_LAYOUT_DEFS[r.world.ui.justcallLayout];
}

export const justcallSsoRoutes: ApiRoute[] = [
  { method: 'GET', pattern: '/api/justcall/sso', handle: (r) => sendJson(r.res, 200, ssoView(r.world.state, layoutOf(r))) },
  {
    method: 'PUT',
    pattern: '/api/justcall/sso/enabled',
    handle: (r) => {
      const body = readBody(r, JustCallSsoToggleBodySchema);
      if (!body) return;
      const sso = r.world.state.justcall.sso;
      sso.enabled = body.enabled;
      sso.protocol = body.enabled ? body.protocol : sso.protocol;
      sendJson(r.res, 200, ssoView(r.world.state, layoutOf(r)));
    },
  },
  {
    method: 'PUT',
    pattern: '/api/justcall/sso',
    handle: (r) => {
      const body = readBody(r, JustCallSsoSaveBodySchema);
      if (!body) return;
      const sso = r.world.state.justcall.sso;
      if (!sso.enabled) return sendError(r.res, 400, 'Enable SSO before saving the configuration.');
      try {
        if (new URL(body.ssoUrl).protocol !== 'https:') throw new Error('not https');
      } catch {
        return sendError(r.res, 400, 'Please enter a valid SSO URL (https://…).');
      }
      const layout = layoutOf(r);
      if (layout.issuerField && !body.issuer) return sendError(r.res, 400, 'Issuer / Entity ID is required.');
      let pem = sso.certificatePem;
      let fileName = sso.certificateFileName;
      if (body.certificate) {
        const normalised = normaliseCertPem(body.certificate.text);
        if (!normalised)
          return sendError(
            r.res,
            400,
            layout.certificate === 'paste'
              ? 'Invalid certificate. Paste the X.509 certificate in Base64 (PEM) format.'
              : 'Invalid certificate. Upload the X.509 certificate in Base64 (PEM) format (.cer, .pem or .crt).',
          );
        pem = normalised;
        fileName = body.certificate.fileName;
      }
      if (!pem) return sendError(r.res, 400, 'Please upload the certificate from your identity provider.');
      if (!body.defaultRole) return sendError(r.res, 400, 'Select a default role for new SSO users.');
      Object.assign(sso, {
        ssoUrl: body.ssoUrl,
        issuer: layout.issuerField ? body.issuer : '',
        certificatePem: pem,
        certificateFileName: fileName,
        defaultRole: body.defaultRole,
        savedAt: r.world.now().toISOString(),
        lastTest: null,
      });
      sendJson(r.res, 200, ssoView(r.world.state, layoutOf(r)));
    },
  },
  {
    method: 'POST',
    pattern: '/api/justcall/sso/test',
    handle: (r) => {
      const result = testSsoConfiguration(r.world.state, layoutOf(r));
      r.world.state.justcall.sso.lastTest = result;
      sendJson(r.res, 200, result);
    },
  },
];
