import { CLOUD_IDS, CLOUDS, type CloudId } from '../clouds';
import type { WorldHandler, WorldRequest } from '../http';
import { escapeHtml, page, parseForm, sendHtml, sendText } from '../respond';
import { TEST_USER_PASSWORD, activeCert, directoryForTenant, findApp, findUser, isUserAssigned } from '../store';
import type { Directory, EntraApp } from '../state';
import { aadsts, type AadstsError } from './aadsts';
import { decodePostMessage, decodeRedirectMessage, readAuthnRequest } from './authn-request';
import { getFlow, startFlow, type SignInFlow } from './flows';
import { issueSamlResponse } from './issue-response';
import { federationMetadataXml } from './metadata';
import { autoPostPage, errorPage, signInPage, signedOutPage } from './pages';

/**
 * login.microsoftonline.com (and Azure China's login.partner.microsoftonline.cn):
 * SP-initiated SAML sign-in (Redirect and POST bindings), IdP-initiated
 * sign-in (the portal's "Test" button), the credentials form, and per-app
 * federation metadata. It behaves from the app configuration the admin saved
 * in the portal, and knows only the apps and users of its own cloud's tenant.
 */

function showError(r: WorldRequest, e: AadstsError): void {
  const lang = r.world.ui.portalLang;
  sendHtml(r.res, e.status, errorPage({ code: e.code, message: e.message, now: r.world.now(), lang }), { 'x-ms-error-code': e.code });
}

/** Apps of the directory's tenant only: another cloud's app is not in this directory. */
function appsOf(r: WorldRequest, dir: Directory): EntraApp[] {
  return r.world.state.apps.filter((a) => a.cloud === dir.cloud);
}

function appIn(r: WorldRequest, dir: Directory, id: string): EntraApp | undefined {
  const app = findApp(r.world.state, id);
  return app && app.cloud === dir.cloud ? app : undefined;
}

function defaultOf(list: { value: string; isDefault: boolean }[]): string | undefined {
  return (list.find((x) => x.isDefault) ?? list[0])?.value;
}

function showSignIn(r: WorldRequest, dir: Directory, tenant: string, flowId: string, app: EntraApp, error?: string, email?: string): void {
  sendHtml(
    r.res,
    200,
    signInPage({
      action: `/${tenant}/login`,
      flow: flowId,
      appName: app.name,
      users: dir.users,
      password: TEST_USER_PASSWORD,
      error,
      email,
    }),
  );
}

function spInitiated(r: WorldRequest, dir: Directory, tenant: string): void {
  const { world } = r;
  let samlRequest: string | null;
  let relayState: string | null;
  let decoded: string | Error;
  if (r.method === 'POST') {
    const form = parseForm(r.body);
    samlRequest = form.get('SAMLRequest');
    relayState = form.get('RelayState');
    decoded = samlRequest ? decodePostMessage(samlRequest) : new Error('missing');
  } else {
    samlRequest = r.url.searchParams.get('SAMLRequest');
    relayState = r.url.searchParams.get('RelayState');
    decoded = samlRequest ? decodeRedirectMessage(samlRequest) : new Error('missing');
  }
  if (!samlRequest) return showError(r, aadsts.samlRequestMissing());
  if (decoded instanceof Error) return showError(r, aadsts.invalidRequest(decoded.message));
  const request = readAuthnRequest(decoded);
  if (request instanceof Error) return showError(r, aadsts.invalidRequest(request.message));
  if (request.kind === 'LogoutRequest') return sendHtml(r.res, 200, signedOutPage());

  const app = appsOf(r, dir).find((a) => a.identifiers.some((i) => i.value === request.issuer));
  if (!app) return showError(r, aadsts.appNotFound(request.issuer, dir.tenant.name));
  let acsUrl = request.acsUrl;
  if (!acsUrl) {
    const fallback = defaultOf(app.replyUrls);
    if (!fallback) return showError(r, aadsts.noReplyAddress(app.appId));
    acsUrl = fallback;
  } else if (!app.replyUrls.some((u) => u.value === acsUrl)) {
    return showError(r, aadsts.replyUrlMismatch(acsUrl, app.appId));
  }
  const flowId = startFlow(world, {
    appObjectId: app.objectId,
    acsUrl,
    audience: request.issuer,
    inResponseTo: request.id,
    relayState: relayState ?? undefined,
  });
  showSignIn(r, dir, tenant, flowId, app);
}

function idpInitiated(r: WorldRequest, dir: Directory, tenant: string): void {
  const { world } = r;
  const appId = r.url.searchParams.get('appId') ?? r.url.searchParams.get('appid') ?? '';
  const app = appIn(r, dir, appId);
  if (!app) return showError(r, aadsts.appNotFound(appId, dir.tenant.name));
  const acsUrl = defaultOf(app.replyUrls);
  if (!acsUrl) return showError(r, aadsts.noReplyAddress(app.appId));
  const flowId = startFlow(world, {
    appObjectId: app.objectId,
    acsUrl,
    audience: defaultOf(app.identifiers) ?? app.appId,
    relayState: app.relayState || undefined,
  });
  showSignIn(r, dir, tenant, flowId, app);
}

function credentials(r: WorldRequest, dir: Directory, tenant: string): void {
  const { world } = r;
  const form = parseForm(r.body);
  const flowId = form.get('flow') ?? '';
  const flow: SignInFlow | undefined = getFlow(world, flowId);
  if (!flow) return showError(r, aadsts.flowExpired());
  const app = appIn(r, dir, flow.appObjectId);
  if (!app) return showError(r, aadsts.appNotFound(flow.audience, dir.tenant.name));

  const login = (form.get('loginfmt') ?? '').trim();
  const user = findUser(world.state, login, dir.cloud);
  if (!user) {
    return showSignIn(
      r,
      dir,
      tenant,
      flowId,
      app,
      'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.',
      login,
    );
  }
  if ((form.get('passwd') ?? '') !== user.password) {
    return showSignIn(
      r,
      dir,
      tenant,
      flowId,
      app,
      "Your account or password is incorrect. If you don't remember your password, reset it now.",
      login,
    );
  }
  if (!user.accountEnabled) return showError(r, aadsts.userDisabled());
  if (!isUserAssigned(world, app, user)) return showError(r, aadsts.notAssigned(app.name, app.appId, user.userPrincipalName));
  const cert = activeCert(app);
  if (!cert) return showError(r, aadsts.signingKeyMissing(app.appId));

  const samlResponse = issueSamlResponse(world, {
    app,
    user,
    cert,
    acsUrl: flow.acsUrl,
    audience: flow.audience,
    inResponseTo: flow.inResponseTo,
  });
  sendHtml(r.res, 200, autoPostPage(flow.acsUrl, samlResponse, flow.relayState));
}

function metadata(r: WorldRequest, dir: Directory): void {
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, OPTIONS' };
  if (r.method === 'OPTIONS') {
    r.res.writeHead(204, cors);
    r.res.end();
    return;
  }
  const appId = r.url.searchParams.get('appid') ?? r.url.searchParams.get('appId') ?? '';
  const app = appsOf(r, dir).find((a) => a.appId === appId);
  const cert = app ? activeCert(app) : undefined;
  if (!app || !cert) {
    r.res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...cors });
    r.res.end(
      app
        ? `AADSTS50003: The application '${appId}' has no active signing certificate.`
        : `AADSTS700016: Application with identifier '${appId}' was not found in the directory '${dir.tenant.name}'.`,
    );
    return;
  }
  r.res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store', ...cors });
  r.res.end(federationMetadataXml(dir.tenant.id, cert, dir.cloud));
}

function cloudOfLoginHost(host: string): CloudId | undefined {
  return CLOUD_IDS.find((id) => CLOUDS[id].loginHost === host);
}

export const loginHandler: WorldHandler = async (r) => {
  const cloud = cloudOfLoginHost(r.host);
  if (!cloud) return false;
  const [tenant = '', ...rest] = r.url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const route = rest.join('/').toLowerCase();
  if (!tenant) {
    sendHtml(r.res, 200, page('Microsoft', `<p>Simulated Microsoft sign-in service (${escapeHtml(cloud)} cloud).</p>`));
    return true;
  }
  const known = ['saml2', 'idpinitiated', 'login', 'federationmetadata/2007-06/federationmetadata.xml'];
  // Every metadata fetch is logged, for any tenant, so tests can tell which tenants a client asked about.
  if (route.startsWith('federationmetadata') && r.method === 'GET') {
    r.world.state.metadataFetches.push({ at: r.world.now().toISOString(), tenant, appId: r.url.searchParams.get('appid') ?? '' });
  }
  if (!known.includes(route)) {
    sendText(r.res, 404, 'Not found');
    return true;
  }
  const dir = directoryForTenant(r.world.state, cloud, tenant);
  if (!dir) {
    showError(r, aadsts.tenantNotFound(tenant));
    return true;
  }
  if (route === 'saml2' && (r.method === 'GET' || r.method === 'POST')) spInitiated(r, dir, tenant);
  else if (route === 'idpinitiated' && r.method === 'GET') idpInitiated(r, dir, tenant);
  else if (route === 'login' && r.method === 'POST') credentials(r, dir, tenant);
  else if (route.startsWith('federationmetadata') && (r.method === 'GET' || r.method === 'OPTIONS')) metadata(r, dir);
  else sendText(r.res, 405, 'Method not allowed');
  return true;
};
