import type { StepId } from '@/utils/setup/steps';

/**
 * What the AADSTS codes that matter for a JustCall SAML setup mean, in our own
 * words, which setup step fixes each, and the few words the doctor's headline
 * names the commonest by. One entry per code. Codes not explained here fall
 * back to the generated reference table (reference-table.ts).
 */
export interface AadstsKnowledge {
  code: number;
  /** Microsoft's short name for the code. */
  name: string;
  /** One line: what went wrong. */
  title: string;
  /** Why it happens, for an admin who has not read the SAML spec. */
  explanation: string;
  /** What to do, concretely. */
  fix: string;
  step: StepId | null;
  /** 'config' = fixable in the setup; 'user' = the user's sign-in; 'policy' = tenant policy. */
  kind: 'config' | 'user' | 'policy' | 'request';
  /** A few words naming the cause, for the doctor's headline ("AADSTS50011 — Reply URL mismatch"); the title serves otherwise. */
  short?: string;
}

/** A code the doctor's headline names briefly, while Microsoft's reference table explains it. */
export interface AadstsNamed {
  code: number;
  short: string;
}

export type AadstsEntry = AadstsKnowledge | AadstsNamed;

export const AADSTS_CODES: readonly AadstsEntry[] = [
  {
    code: 50011,
    name: 'InvalidReplyTo',
    title: 'The reply address JustCall asked for is not one of the app’s Reply URLs',
    explanation:
      'JustCall’s sign-in request names the address (the ACS URL) where Entra should send the user back. Entra only sends users to addresses listed as Reply URLs in the enterprise app, compared character by character, so a missing, mistyped or differently-cased URL, or a trailing slash, is enough to stop the sign-in.',
    fix: 'In Entra, open the JustCall app > Single sign-on > Basic SAML Configuration and add JustCall’s ACS URL exactly as JustCall shows it under Reply URL (Assertion Consumer Service URL). Save.',
    step: 'basic-saml',
    kind: 'config',
    short: 'Reply URL mismatch',
  },
  {
    code: 50105,
    name: 'EntitlementGrantsNotFound',
    title: 'The user is not assigned to the JustCall app',
    explanation:
      'The enterprise app only lets in users who are assigned to it, directly or through a group they are a direct member of. Membership of a group nested inside an assigned group does not count.',
    fix: 'In Entra, open the JustCall app > Users and groups > Add user/group, pick the user (or a group that directly contains them) and click Assign.',
    step: 'assignment',
    kind: 'config',
    short: 'User not assigned to the app',
  },
  {
    code: 700016,
    name: 'UnauthorizedClient_DoesNotMatchRequest',
    title: 'No app in this tenant has the Identifier JustCall sent',
    explanation:
      'Entra looks up the app by the Issuer in JustCall’s sign-in request, which must equal the app’s Identifier (Entity ID) exactly. A different value, a trailing slash on one side only, or a sign-in sent to the wrong tenant all end here.',
    fix: 'In Entra, Basic SAML Configuration: set Identifier (Entity ID) to JustCall’s Entity ID character for character (mind a trailing slash). Also check that JustCall’s SSO URL contains your tenant ID.',
    step: 'basic-saml',
    kind: 'config',
    short: 'Identifier (Entity ID) not found',
  },
  {
    code: 75011,
    name: 'NoMatchedAuthnContextInOutputClaims',
    title: 'The sign-in method does not match what the app demanded',
    explanation:
      'The request carried a RequestedAuthnContext (for example “password only”), but the user’s existing session was made another way (for example with a passwordless or federated method), so Entra refuses.',
    fix: 'Ask JustCall support to stop sending RequestedAuthnContext (or to send it with Comparison="minimum"); meanwhile the user can sign out of Microsoft and sign in again with a password.',
    step: 'justcall-idp',
    kind: 'request',
    short: 'Authentication method mismatch',
  },
  {
    code: 750054,
    name: 'SAMLRequestMissing',
    title: 'The SAML request was missing from the sign-in URL',
    explanation:
      'With the Redirect binding, the request travels in the SAMLRequest query parameter of the Login URL. The browser arrived without it, usually because someone opened the bare Login URL, or a proxy or bookmark dropped the query.',
    fix: 'Start the sign-in from JustCall (app.justcall.io/login > SSO), not from the Login URL itself. In JustCall, the SSO URL must be Entra’s Login URL exactly.',
    step: 'justcall-idp',
    kind: 'request',
    short: 'SAMLRequest or SAMLResponse missing',
  },
  {
    code: 900236,
    name: 'InvalidRequestSamlPropertyUnsupported',
    title: 'The SAML request contains a property Entra does not support',
    explanation:
      'Entra rejects SAML requests that set certain elements, such as a Subject or a Scoping element. The error text names the property.',
    fix: 'The request comes from JustCall, so this is for JustCall support: the AuthnRequest must not carry the named element (typically Subject or Scoping).',
    step: 'justcall-idp',
    kind: 'request',
  },
  {
    code: 75005,
    name: 'Saml2MessageInvalid',
    title: 'Entra could not read the SAML request',
    explanation:
      'The request was not a SAML 2.0 message Entra understands: broken encoding, the wrong binding for how it was sent, or a malformed document.',
    fix: 'Retry from JustCall’s login page. If it persists, send JustCall support the captured request (the doctor can export it redacted).',
    step: 'justcall-idp',
    kind: 'request',
  },
  {
    code: 7500514,
    name: 'SamlResponseTypeNotFound',
    title: 'No SAML Response or Assertion was found where one was expected',
    explanation:
      'A message reached Entra that claimed to be SAML but held neither a samlp:Response nor a saml:Assertion in the SAML 2.0 namespaces.',
    fix: 'Check that the message was not altered in transit (for example by a proxy); retry the sign-in from JustCall.',
    step: null,
    kind: 'request',
  },
  {
    code: 50003,
    name: 'MissingSigningKey',
    title: 'The app has no signing certificate',
    explanation: 'Entra cannot sign the response because the enterprise app has no active SAML signing certificate.',
    fix: 'In Entra, Single sign-on > SAML Certificates: create (or activate) a signing certificate, then download Certificate (Base64) and upload it to JustCall.',
    step: 'certificate',
    kind: 'config',
  },
  {
    code: 50107,
    name: 'InvalidRealmUri',
    title: 'The federation realm in the request does not exist',
    explanation:
      'The request named a realm (an Issuer) that this tenant does not know, usually a typo in the Identifier or a request sent to the wrong tenant.',
    fix: 'Make JustCall’s Entity ID and Entra’s Identifier (Entity ID) identical, and check the tenant ID in JustCall’s SSO URL.',
    step: 'basic-saml',
    kind: 'config',
    short: 'Issuer (realm) not configured',
  },
  {
    code: 75008,
    name: 'RequestDeniedError',
    title: 'The request was sent to an unexpected address',
    explanation: 'The Destination inside JustCall’s SAML request does not match the Entra endpoint that received it.',
    fix: 'In JustCall, set the SSO URL to the Login URL shown in Entra’s “Set up JustCall” section, exactly.',
    step: 'justcall-idp',
    kind: 'config',
  },
  {
    code: 76021,
    name: 'ApplicationRequiresSignedRequests',
    title: 'The app requires signed requests, but this one was not signed',
    explanation:
      'Someone turned on “require signed requests” (verification certificates) for the app, and JustCall sends its requests unsigned.',
    fix: 'In Entra, SAML Certificates > Verification certificates: turn off “Require verification certificates”, unless JustCall signs its requests.',
    step: 'certificate',
    kind: 'config',
  },
  {
    code: 76026,
    name: 'RequestIssueTimeExpired',
    title: 'The sign-in request is too old',
    explanation:
      'The IssueInstant of the request lies too far in the past: the login page sat open too long, or the clock of the server that made the request is wrong.',
    fix: 'Start the sign-in again from JustCall. If it keeps happening, report the clock difference to JustCall support.',
    step: null,
    kind: 'request',
  },
  {
    code: 75016,
    name: 'Saml2AuthenticationRequestInvalidNameIDPolicy',
    title: 'The request asks for a NameID format Entra cannot give',
    explanation: 'The NameIDPolicy in the request names a format that the app’s Unique User Identifier claim cannot produce.',
    fix: 'In Entra, Attributes & Claims > Unique User Identifier (Name ID): choose a name identifier format that matches the request, or set it to the default (email address / user.userprincipalname).',
    step: 'claims',
    kind: 'config',
  },
  {
    code: 501241,
    name: 'MandatoryInputMissing',
    title: 'A claim’s source attribute is empty for this user',
    explanation:
      'Entra could not build the response because a required input, usually the Name ID’s source attribute (for example user.mail), has no value for this user.',
    fix: 'Give the user a value for that attribute (for example fill in the Email field of the user), or change the claim’s source attribute in Attributes & Claims.',
    step: 'claims',
    kind: 'config',
  },
  {
    code: 50034,
    name: 'UserAccountNotFound',
    title: 'This account does not exist in the tenant',
    explanation:
      'The user name typed is not a user of this directory: a typo, a personal account, or the sign-in went to the wrong tenant.',
    fix: 'Sign in with the work account of the tenant the JustCall app lives in; check the tenant ID in JustCall’s SSO URL.',
    step: null,
    kind: 'user',
  },
  {
    code: 50126,
    name: 'InvalidUserNameOrPassword',
    title: 'Wrong user name or password',
    explanation: 'The credentials typed were not right. This is about the user’s sign-in, not the SSO setup.',
    fix: 'Retry with the right password, or reset it.',
    step: null,
    kind: 'user',
  },
  {
    code: 50076,
    name: 'UserStrongAuthClientAuthNRequired',
    title: 'Multi-factor authentication is required',
    explanation:
      'A policy requires the user to complete multi-factor authentication for this sign-in. This is expected, not a setup fault.',
    fix: 'Complete the MFA prompt. If it never appears, start the sign-in again.',
    step: null,
    kind: 'policy',
  },
  {
    code: 50079,
    name: 'UserStrongAuthEnrollmentRequired',
    title: 'The user must register for multi-factor authentication',
    explanation: 'A policy requires MFA and the user has not yet registered a method.',
    fix: 'The user registers security info (aka.ms/mysecurityinfo), then signs in again.',
    step: null,
    kind: 'policy',
  },
  {
    code: 53003,
    name: 'BlockedByConditionalAccess',
    title: 'A Conditional Access policy blocked the sign-in',
    explanation:
      'A tenant Conditional Access policy refused to issue a token for this user, device or location. The SSO setup itself may be fine.',
    fix: 'In Entra, look at the sign-in log entry (by its Request Id) to see which policy applied, and adjust the policy or its scope.',
    step: null,
    kind: 'policy',
  },
  {
    code: 50058,
    name: 'UserInformationNotProvided',
    title: 'The user is not signed in (silent sign-in was not possible)',
    explanation:
      'A sign-in without interaction was attempted but there was no usable session. Usually harmless; an interactive sign-in follows.',
    fix: 'Sign in interactively. If it loops, clear the browser’s cookies for login.microsoftonline.com, or allow third-party cookies for it.',
    step: null,
    kind: 'user',
  },
  { code: 50057, short: 'User account is disabled' },
  { code: 90014, short: 'Required field missing in the request' },
];

function isKnowledge(entry: AadstsEntry): entry is AadstsKnowledge {
  return 'explanation' in entry;
}

/** The codes explained in our own words. */
export const AADSTS_KNOWLEDGE: readonly AadstsKnowledge[] = AADSTS_CODES.filter(isKnowledge);

const BY_CODE = new Map<number, AadstsEntry>(AADSTS_CODES.map((k) => [k.code, k]));

export function knowledgeFor(code: number): AadstsKnowledge | undefined {
  const entry = BY_CODE.get(code);
  return entry && isKnowledge(entry) ? entry : undefined;
}

/** The doctor's short name for a code's cause, when it has one. */
export function shortCauseFor(code: number): string | undefined {
  return BY_CODE.get(code)?.short;
}
