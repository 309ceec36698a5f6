import { X509Certificate } from 'node:crypto';
import { createSigningCert } from '../store';
import type { WorldRequest } from '../http';
import { appOr404, sendApp } from './entra-app-lookup';
import { readBody, sendError, type ApiRoute } from './router';
import { NewCertBodySchema, SigningBodySchema } from './views';

function certOr404(r: WorldRequest, p: Record<string, string>) {
  const app = appOr404(r, p);
  if (!app) return null;
  const cert = app.certificates.find((c) => c.id === p.certId);
  if (!cert) {
    sendError(r.res, 404, 'No such certificate on this application.');
    return null;
  }
  return { app, cert };
}

/** Entra names the downloads after the app, e.g. "JustCall.cer". */
function fileName(appName: string, ext: string): string {
  const safe = appName.replace(/[^A-Za-z0-9 ._-]/g, '').trim() || 'certificate';
  return `${safe}.${ext}`;
}

/** SAML Certificates: downloads, new certificate, rotation, signing options. */
export const entraCertRoutes: ApiRoute[] = [
  {
    method: 'GET',
    pattern: '/api/entra/apps/:id/certificates/:certId/base64',
    handle: (r, p) => {
      const found = certOr404(r, p);
      if (!found) return;
      r.res.writeHead(200, {
        'content-type': 'application/x-x509-ca-cert',
        'content-disposition': `attachment; filename="${fileName(found.app.name, 'cer')}"`,
        'cache-control': 'no-store',
      });
      r.res.end(found.cert.certPem);
    },
  },
  {
    method: 'GET',
    pattern: '/api/entra/apps/:id/certificates/:certId/raw',
    handle: (r, p) => {
      const found = certOr404(r, p);
      if (!found) return;
      r.res.writeHead(200, {
        'content-type': 'application/pkix-cert',
        'content-disposition': `attachment; filename="${fileName(found.app.name, 'cer')}"`,
        'cache-control': 'no-store',
      });
      r.res.end(new X509Certificate(found.cert.certPem).raw);
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/certificates',
    handle: async (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, NewCertBodySchema);
      if (!app || !body) return;
      // Entra adds a new certificate as Inactive; the admin makes it active.
      const cert = await createSigningCert(r.world, { validYears: body.validityYears, status: 'Inactive' });
      app.certificates.push(cert);
      sendApp(r, app);
    },
  },
  {
    method: 'POST',
    pattern: '/api/entra/apps/:id/certificates/:certId/activate',
    handle: (r, p) => {
      const found = certOr404(r, p);
      if (!found) return;
      for (const c of found.app.certificates) c.status = c.id === found.cert.id ? 'Active' : 'Inactive';
      sendApp(r, found.app);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/entra/apps/:id/certificates/:certId',
    handle: (r, p) => {
      const found = certOr404(r, p);
      if (!found) return;
      if (found.cert.status === 'Active') {
        sendError(r.res, 400, 'The active certificate cannot be deleted. Make another certificate active first.');
        return;
      }
      found.app.certificates = found.app.certificates.filter((c) => c.id !== found.cert.id);
      sendApp(r, found.app);
    },
  },
  {
    method: 'PUT',
    pattern: '/api/entra/apps/:id/saml/signing',
    handle: (r, p) => {
      const app = appOr404(r, p);
      const body = app && readBody(r, SigningBodySchema);
      if (!app || !body) return;
      app.signingOption = body.signingOption;
      app.signingAlgorithm = body.signingAlgorithm;
      app.notificationEmail = body.notificationEmail;
      sendApp(r, app);
    },
  },
];
