import type { WorldRuntime } from '../http';
import { CLOUDS } from '../clouds';
import { directoryOf, userAttribute } from '../store';
import type { EntraApp, EntraUser, SigningCert } from '../state';
import { buildAssertion, buildResponse, samlId, signElement, type AssertionParams } from '../xml-sign';

/**
 * Issues the SAML response Entra would send for a user signing in to an app,
 * from the app configuration the admin saved, with the world's faults applied.
 */

const NAMEID_EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
const MINUTE = 60_000;

export interface IssueInput {
  app: EntraApp;
  user: EntraUser;
  cert: SigningCert;
  acsUrl: string;
  /** The Identifier (Entity ID) the request matched; the Audience. */
  audience: string;
  inResponseTo?: string;
}

/** The app's claims exactly as configured; an attribute whose value is empty is omitted, as Entra does. */
export function claimAttributes(app: EntraApp, user: EntraUser): { name: string; values: string[] }[] {
  const out: { name: string; values: string[] }[] = [];
  for (const c of app.claims) {
    const value = userAttribute(user, c.sourceAttribute);
    if (!value) continue;
    const ns = c.namespace.trim().replace(/\/+$/, '');
    out.push({ name: ns ? `${ns}/${c.name}` : c.name, values: [value] });
  }
  return out;
}

function assertionFor(input: IssueInput, issuer: string, now: Date): AssertionParams {
  const { app, user } = input;
  const notBefore = new Date(now.getTime() - 5 * MINUTE);
  return {
    id: samlId(),
    issuer,
    issueInstant: now,
    nameId: userAttribute(user, app.nameIdSourceAttribute) || user.userPrincipalName,
    nameIdFormat: NAMEID_EMAIL,
    recipient: input.acsUrl,
    inResponseTo: input.inResponseTo,
    notBefore,
    notOnOrAfter: new Date(notBefore.getTime() + 70 * MINUTE),
    audience: input.audience,
    attributes: claimAttributes(app, user),
    authnInstant: now,
    sessionIndex: samlId(),
  };
}

/** The forged identity an XSW attacker would claim: the JustCall account owner. */
function forgedAssertion(world: WorldRuntime, input: IssueInput, issuer: string, now: Date, realId: string): string {
  const victim = world.state.justcall.owner.email;
  const real = assertionFor(input, issuer, now);
  return buildAssertion({
    ...real,
    // Same ID as the signed one, so an SP that looks the reference up by ID "finds" a valid signature.
    id: realId,
    nameId: victim,
    attributes: real.attributes.map((a) => ({ ...a, values: a.values.map((v) => (v.includes('@') ? victim : v)) })),
  });
}

/** Returns the Base64 SAMLResponse. */
export function issueSamlResponse(world: WorldRuntime, input: IssueInput): string {
  const { app } = input;
  const faults = world.state.faults;
  const issuer = CLOUDS[app.cloud].issuer(directoryOf(world.state, app.cloud).tenant.id);
  const now = new Date(world.now().getTime() + faults.idpClockSkewSeconds * 1000);
  const key = { certPem: input.cert.certPem, keyPem: input.cert.keyPem };
  const sign = !faults.unsignedResponse;

  const assertion = assertionFor(input, issuer, now);
  let assertionXml = buildAssertion(assertion);
  if (sign && (app.signingOption === 'assertion' || app.signingOption === 'both' || faults.xswResponse)) {
    assertionXml = signElement(assertionXml, assertion.id, key, app.signingAlgorithm);
  }

  const responseId = samlId();
  const common = {
    id: responseId,
    issuer,
    issueInstant: now,
    destination: input.acsUrl,
    inResponseTo: input.inResponseTo,
  };
  if (faults.xswResponse) {
    // Signature wrapping: the genuine signed assertion is hidden in Extensions,
    // a forged unsigned assertion for another user takes its place.
    const forged = forgedAssertion(world, input, issuer, now, assertion.id);
    return Buffer.from(buildResponse({ ...common, assertionXml: forged, extensionsXml: assertionXml })).toString('base64');
  }
  let responseXml = buildResponse({ ...common, assertionXml });
  if (sign && (app.signingOption === 'response' || app.signingOption === 'both')) {
    responseXml = signElement(responseXml, responseId, key, app.signingAlgorithm);
  }
  return Buffer.from(responseXml).toString('base64');
}
