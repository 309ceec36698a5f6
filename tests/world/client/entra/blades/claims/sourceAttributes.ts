/** Entra's "Source attribute" choices (a subset of the real list, in its order). */
export const SOURCE_ATTRIBUTES = [
  'user.mail',
  'user.userprincipalname',
  'user.givenname',
  'user.surname',
  'user.displayname',
  'user.employeeid',
  'user.jobtitle',
  'user.objectid',
  'user.mailnickname',
  'user.department',
  'user.companyname',
  'user.city',
  'user.country',
  'user.telephonenumber',
  'user.mobilephone',
  'user.preferredlanguage',
  'user.onpremisessamaccountname',
  'user.extensionattribute1',
  'user.assignedroles',
] as const;

export function claimUri(c: { name: string; namespace: string }): string {
  return c.namespace ? `${c.namespace.replace(/\/+$/, '')}/${c.name}` : c.name;
}
