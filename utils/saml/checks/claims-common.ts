import type { Attribute } from '@/utils/saml/types';

/** The claims JustCall reads, under exactly these names, and the Entra source each should have. */
export const REQUIRED_CLAIMS = [
  { name: 'email', source: 'user.mail', synonyms: ['emailaddress', 'mail', 'email'], severity: 'error' as const },
  { name: 'firstName', source: 'user.givenname', synonyms: ['givenname', 'given_name', 'firstname'], severity: 'error' as const },
  {
    name: 'lastName',
    source: 'user.surname',
    synonyms: ['surname', 'sn', 'familyname', 'family_name', 'lastname'],
    severity: 'error' as const,
  },
] as const;

export type RequiredClaim = (typeof REQUIRED_CLAIMS)[number];

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
