import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch, StepState, WizardContext } from './types';
import { REQUIRED_CLAIMS } from '@/utils/setup/profile';
import { flag, list, num, rows, text } from './observations';
import { touched } from './step-features';

/** Each step's state and one-line summary, from what content scripts have seen on the pages. */

export type StepEval = { state: StepState; summary: string };

export function evalJustcallSso(session: SetupSession): StepEval {
  const obs = session.observations['justcall/sso'];
  if (!obs) return { state: 'not-started', summary: 'Open Settings → Security → Single Sign-On in JustCall.' };
  const enabled = flag(obs, 'enabled');
  if (!session.lockoutAcknowledged) {
    return { state: 'in-progress', summary: 'Read the sign-in warning below and confirm you have a way back in.' };
  }
  if (enabled === false) return { state: 'in-progress', summary: 'Enable SSO and choose SAML 2.0 on the JustCall page.' };
  const shown = session.values.entityId?.source.kind === 'page' && session.values.acsUrl?.source.kind === 'page';
  return {
    state: 'done',
    summary: shown
      ? 'ACS URL and Entity ID read from JustCall.'
      : "SSO enabled; using JustCall's documented ACS URL and Entity ID (the page did not show them).",
  };
}

export function evalCreateApp(session: SetupSession): StepEval {
  const appId = session.values.appId?.value;
  const objectId = session.values.objectId?.value;
  const name = session.values.appName?.value;
  if (appId && objectId) return { state: 'done', summary: `Application "${name ?? 'JustCall'}" seen in Entra.` };
  if (touched(session, 'create-app')) return { state: 'in-progress', summary: 'Name it JustCall, choose Non-gallery, click Create.' };
  return { state: 'not-started', summary: 'Enterprise applications → New application → Create your own application.' };
}

export function evalBasicSaml(session: SetupSession, problems: Mismatch[]): StepEval {
  const obs = session.observations['entra/basic-saml'];
  if (problems[0]) return { state: 'problem', summary: problems[0].title };
  if (obs?.saved) {
    const ids = list(obs, 'identifier');
    const replies = list(obs, 'replyUrl');
    if (ids.length && replies.length) return { state: 'done', summary: 'Identifier, Reply URL and Sign on URL seen saved in Entra.' };
    return { state: 'in-progress', summary: 'Basic SAML Configuration is still empty: Edit, fill, Save.' };
  }
  if (touched(session, 'basic-saml'))
    return { state: 'in-progress', summary: 'Save the Basic SAML Configuration; it is done once the saved values are seen.' };
  return { state: 'not-started', summary: 'Single sign-on → SAML → Basic SAML Configuration → Edit.' };
}

export function evalClaims(session: SetupSession, problems: Mismatch[]): StepEval {
  const obs = session.observations['entra/claims'];
  if (!obs)
    return touched(session, 'claims')
      ? { state: 'in-progress', summary: 'Attributes & Claims being edited.' }
      : { state: 'not-started', summary: 'Attributes & Claims → Edit.' };
  const blocking = problems.filter((p) => p.id !== 'claim-upn');
  if (blocking.length === 0)
    return { state: 'done', summary: 'email, firstName and lastName seen with the right sources and no namespace.' };
  // A list read only in part says nothing about what is further down: that is the problem to show.
  const partial = blocking.find((p) => p.id === 'claims-list-partial');
  if (partial) return { state: 'problem', summary: partial.title };
  // Entra's own default claims, none of JustCall's yet, nothing filled: the step is still to do, not a problem.
  const ours = new Set(REQUIRED_CLAIMS.map((c) => c.name.toLowerCase()));
  const untouched = !session.fills['entra/claims'] && !rows(obs, 'claims').some((r) => ours.has((r.name ?? '').toLowerCase()));
  if (untouched)
    return {
      state: 'not-started',
      summary: `Entra's default claims are there; ${blocking.length} to change: Attributes & Claims → Edit, then open each one the assistant points at.`,
    };
  if (!obs.saved) return { state: 'in-progress', summary: `${blocking.length} claim(s) still to fix.` };
  return { state: 'problem', summary: blocking[0]?.title ?? '' };
}

export function evalCertificate(session: SetupSession, problems: Mismatch[]): StepEval {
  const hard = problems.filter((p) => p.id !== 'metadata-unavailable' || !session.certificate);
  if (hard[0]) return { state: 'problem', summary: hard[0].title };
  const login = session.values.loginUrl?.value;
  const issuer = session.values.entraIdentifier?.value;
  if (session.certificate && login && issuer) {
    return { state: 'done', summary: `Certificate ${session.certificate.sha1.slice(0, 8)}…, Login URL and Identifier known.` };
  }
  if (touched(session, 'certificate') || session.metadata)
    return { state: 'in-progress', summary: 'Waiting for the certificate, Login URL and Identifier.' };
  return { state: 'not-started', summary: 'Open the SAML page: SAML Certificates and Set up JustCall.' };
}

export function evalJustcallIdp(session: SetupSession, problems: Mismatch[]): StepEval {
  const obs = session.observations['justcall/sso'];
  if (problems[0]) return { state: 'problem', summary: problems[0].title };
  const test = flag(obs, 'testPassed');
  // Some JustCall layouts have no Issuer field at all: then there is none to check.
  const issuerOk = text(obs, 'issuer') || flag(obs, 'issuerField') === false;
  if (obs?.saved && text(obs, 'ssoUrl') && issuerOk && (text(obs, 'certificateThumbprint') || flag(obs, 'certificatePresent'))) {
    if (test === false)
      return { state: 'problem', summary: `Test Connection failed${text(obs, 'testMessage') ? `: ${text(obs, 'testMessage')}` : ''}.` };
    return {
      state: 'done',
      summary: test ? 'Saved in JustCall and Test Connection passed.' : 'Saved in JustCall; click Test Connection to check.',
    };
  }
  if (session.fills['justcall/sso'])
    return { state: 'in-progress', summary: 'Click Save Configuration; it is done once JustCall shows the saved values.' };
  return { state: 'not-started', summary: 'Back in JustCall: SSO URL, Issuer, Certificate, Default Role, Save Configuration.' };
}

export function evalAssignment(session: SetupSession, problems: Mismatch[]): StepEval {
  if (problems[0]) return { state: 'problem', summary: problems[0].title };
  const obs = session.observations['entra/users-groups'];
  const count = num(obs, 'assigned');
  if (count && count > 0) return { state: 'done', summary: `${count} user(s) or group(s) assigned.` };
  return { state: 'not-started', summary: 'Users and groups → Add user/group → Assign.' };
}

export function evalScim(session: SetupSession, problems: Mismatch[], ctx: WizardContext): StepEval {
  if (problems[0]) return { state: 'problem', summary: problems[0].title };
  // Optional, and some JustCall accounts have none: say so rather than wait for a token that never comes.
  const unavailable = text(session.observations['justcall/provisioning'], 'unavailable');
  if (unavailable === 'not-supported')
    return {
      state: 'not-started',
      summary: 'JustCall says user provisioning is not supported for this account: there is nothing to set up.',
    };
  if (unavailable === 'no-page')
    return {
      state: 'not-started',
      summary: 'This JustCall account has no Provisioning page: user provisioning is not available, so there is nothing to set up.',
    };
  const obs = session.observations['entra/provisioning'];
  if (obs?.saved) {
    const mode = text(obs, 'mode');
    const status = flag(obs, 'status');
    const test = flag(obs, 'testPassed');
    if (test === false) return { state: 'problem', summary: 'Test Connection failed: check the Tenant URL and Secret Token.' };
    if (mode === 'Automatic' && status === true) return { state: 'done', summary: 'Automatic provisioning is On.' };
    return { state: 'in-progress', summary: 'Set Automatic, Test Connection, Save, then turn provisioning On.' };
  }
  if (touched(session, 'scim') || ctx.hasScimToken)
    return { state: 'in-progress', summary: "Tenant URL and Secret Token go into Entra's Provisioning page." };
  return { state: 'not-started', summary: 'Optional: JustCall Settings → Security → Provisioning, then Entra Provisioning.' };
}
