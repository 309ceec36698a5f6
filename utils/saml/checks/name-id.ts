import type { Finding } from '@/utils/saml/types';
import { identityAssertion, untrustedNote } from './helpers';
import type { CheckInput } from './types';

const FORMATS: Record<string, string> = {
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress': 'e-mail address',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified': 'unspecified',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent': 'persistent (an opaque, stable id)',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient': 'transient (a new random id at every sign-in)',
};

/** The NameID identifies the user to JustCall: it must exist, and its format should fit. */
export function checkNameId(input: CheckInput): Finding[] {
  const source = identityAssertion(input);
  if (!source) return [];
  const note = source.trusted ? '' : untrustedNote(input);
  const nameId = source.assertion.nameId;
  if (!nameId || nameId.value.trim() === '') {
    return [
      {
        id: 'nameid.missing',
        severity: 'error',
        title: 'The assertion has no NameID (user identifier)',
        detail: `Without a NameID, JustCall cannot tell who signed in.${note}`,
        fix: 'In Entra, Attributes & Claims > Unique User Identifier (Name ID): choose a source attribute that every user has (user.userprincipalname or user.mail).',
        step: 'claims',
      },
    ];
  }
  const format = nameId.format ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
  const formatWords = FORMATS[format] ?? format;
  const findings: Finding[] = [];
  if (format.endsWith(':transient')) {
    findings.push({
      id: 'nameid.transient',
      severity: 'warning',
      title: 'The NameID changes at every sign-in (transient format)',
      detail: `A transient NameID cannot identify the same user twice; JustCall then relies on the email claim alone.${note}`,
      fix: 'In Entra, Unique User Identifier (Name ID): set the format to Email address (or Default) with source user.userprincipalname or user.mail.',
      step: 'claims',
    });
  } else if (format.endsWith(':emailAddress') && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(nameId.value.trim())) {
    findings.push({
      id: 'nameid.not-email',
      severity: 'warning',
      title: 'The NameID claims to be an e-mail address but is not one',
      detail: `Its format is e-mail address, but the value has no e-mail shape. The Name ID source attribute is probably an id (for example user.objectid).${note}`,
      fix: 'In Entra, Unique User Identifier (Name ID): use user.userprincipalname or user.mail as the source attribute.',
      step: 'claims',
    });
  }
  findings.push({
    id: 'nameid.summary',
    severity: 'info',
    title: `User identifier (NameID) format: ${formatWords}`,
    detail: `The NameID is "${nameId.value}" (format ${format}).${note}`,
    fix: 'Nothing to do if this is the user who signed in.',
    step: null,
  });
  return findings;
}
