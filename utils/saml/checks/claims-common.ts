import type { Attribute } from '@/utils/saml/types';
import { REQUIRED_CLAIMS as PROFILE_CLAIMS } from '@/utils/setup/profile';

/** Names an admin or Entra may have used instead of the one JustCall reads (their local part, lower case). */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  email: ['emailaddress', 'mail', 'email'],
  firstName: ['givenname', 'given_name', 'firstname'],
  lastName: ['surname', 'sn', 'familyname', 'family_name', 'lastname'],
};

export interface RequiredClaim {
  name: string;
  /** The Entra source attribute the claim should have. */
  source: string;
  synonyms: readonly string[];
  severity: 'error';
}

/** The claims JustCall reads, under exactly these names, with the source each should have: the JustCall profile's list. */
export const REQUIRED_CLAIMS: readonly RequiredClaim[] = PROFILE_CLAIMS.map((c) => ({
  name: c.name,
  source: c.sourceAttribute,
  synonyms: SYNONYMS[c.name] ?? [c.name.toLowerCase()],
  severity: 'error',
}));

/** "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/email" -> "email"; "email" -> "email". */
export function localName(attributeName: string): string {
  const parts = attributeName.split(/[/#:]/);
  return parts[parts.length - 1] ?? attributeName;
}

export function hasNamespace(attributeName: string): boolean {
  return localName(attributeName) !== attributeName;
}

export function nonEmptyValues(attr: Attribute): string[] {
  return attr.values.map((v) => v.trim()).filter((v) => v.length > 0);
}

export function findExact(attrs: readonly Attribute[], name: string): Attribute | undefined {
  return attrs.find((a) => a.name === name);
}
