import { inflateRawSync } from 'node:zlib';
import { readForm, worldRequest, type WorldResponse } from '@/tests/world/client-node';
import { startWorld, type StartedWorld } from '@/tests/world/server/server';
import { TEST_USER_PASSWORD } from '@/tests/world/server/store';

/** Drives the simulated world like a browser would, for the world's unit tests. */

export async function startTestWorld(): Promise<StartedWorld> {
  // Two keys are enough for a rotated certificate to have a different key.
  return startWorld({ port: 0, keyPoolSize: 2 });
}

export async function scenario(world: StartedWorld, names: string, options?: Record<string, unknown>): Promise<WorldResponse> {
  const res = await worldRequest(world.port, `https://app.justcall.io/__world/scenario/${names}`, { method: 'POST', json: options ?? {} });
  if (res.status !== 200) throw new Error(`scenario ${names} failed: ${res.status} ${res.body}`);
  return res;
}

/** The AADSTS code an error page shows, if any. */
/** Page text with the entities our pages use decoded. */
export function decoded(html: string): string {
  return html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function aadstsCode(html: string): string | undefined {
  return /data-error-code="(AADSTS\d+)"/.exec(html)?.[1];
}

export function h1(html: string): string | undefined {
  const m = /<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return m === undefined ? undefined : decoded(m);
}

export function ssoError(html: string): string | undefined {
  const m = /id="sso-error">([\s\S]*?)<\/p>/.exec(html)?.[1];
  return m === undefined ? undefined : decoded(m);
}

export interface SignInOutcome {
  /** The last page the "browser" saw. */
  page: WorldResponse;
  /** Set when the IdP produced a response to POST to the ACS. */
  acsForm?: { action: string; fields: Record<string, string> };
  authnRequestXml?: string;
}

/** From the sign-in page (any flow): submit credentials; returns the auto-post form if the IdP issued one. */
export async function submitCredentials(
  world: StartedWorld,
  signInPage: WorldResponse,
  pageUrl: string,
  login: string,
  password = TEST_USER_PASSWORD,
): Promise<SignInOutcome> {
  const form = readForm(signInPage.body);
  if (!form || !('loginfmt' in form.fields)) return { page: signInPage };
  const posted = await worldRequest(world.port, new URL(form.action, pageUrl).toString(), {
    form: { ...form.fields, loginfmt: login, passwd: password },
  });
  const acs = readForm(posted.body);
  return { page: posted, acsForm: acs && 'SAMLResponse' in acs.fields ? acs : undefined };
}

/** SP-initiated: JustCall's "Log in with SSO" → Entra → credentials. */
export async function spSignIn(world: StartedWorld, login: string, password = TEST_USER_PASSWORD): Promise<SignInOutcome> {
  const start = await worldRequest(world.port, `https://app.justcall.io/saml/login?email=${encodeURIComponent(login)}`);
  if (start.status !== 302 || !start.location) return { page: start };
  const samlRequest = new URL(start.location).searchParams.get('SAMLRequest') ?? '';
  const authnRequestXml = inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8');
  const signInPage = await worldRequest(world.port, start.location);
  const out = await submitCredentials(world, signInPage, start.location, login, password);
  return { ...out, authnRequestXml };
}

export async function postToAcs(world: StartedWorld, form: { action: string; fields: Record<string, string> }): Promise<WorldResponse> {
  return worldRequest(world.port, form.action, { form: form.fields });
}

export function decodeResponse(form: { fields: Record<string, string> }): string {
  return Buffer.from(form.fields.SAMLResponse ?? '', 'base64').toString('utf8');
}
