import { describe, expect, test } from 'vitest';
import { type ClaimRow, planClaims, splitClaimUri } from '@/utils/features/entra/claims-rules';

const NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
/** What a new Entra non-gallery SAML app has. */
const ENTRA_DEFAULTS: ClaimRow[] = [
  { name: 'emailaddress', namespace: NS, sourceAttribute: 'user.mail' },
  { name: 'givenname', namespace: NS, sourceAttribute: 'user.givenname' },
  { name: 'name', namespace: NS, sourceAttribute: 'user.userprincipalname' },
  { name: 'surname', namespace: NS, sourceAttribute: 'user.surname' },
];

describe('planClaims', () => {
  test('from Entra defaults: edit emailaddress/givenname/surname into email/firstName/lastName, leave name alone', () => {
    const plan = planClaims(ENTRA_DEFAULTS);
    expect(plan.done).toBe(false);
    expect(plan.actions.map((a) => [a.kind, a.kind === 'delete' ? a.current.name : a.claim.name])).toEqual([
      ['edit', 'email'],
      ['edit', 'firstName'],
      ['edit', 'lastName'],
    ]);
    const email = plan.actions[0];
    if (email?.kind !== 'edit') throw new Error('expected an edit');
    expect(email.current.name).toBe('emailaddress');
    expect(email.changes).toEqual(['rename "emailaddress" to "email"', `clear Namespace (now "${NS}")`]);
    expect(plan.actions.some((a) => a.kind !== 'add' && a.current.name === 'name')).toBe(false);
    expect(plan.warnings).toEqual([]);
  });

  test('add-and-delete strategy adds the three and deletes the defaults they replace', () => {
    const plan = planClaims(ENTRA_DEFAULTS, 'add-and-delete');
    expect(plan.actions.map((a) => `${a.kind}:${a.kind === 'delete' ? a.current.name : a.claim.name}`)).toEqual([
      'add:email',
      'delete:emailaddress',
      'add:firstName',
      'delete:givenname',
      'add:lastName',
      'delete:surname',
    ]);
  });

  test('a finished setup is done, with nothing to change', () => {
    const plan = planClaims([
      ...ENTRA_DEFAULTS.filter((c) => c.name === 'name'),
      { name: 'email', namespace: '', sourceAttribute: 'user.mail' },
      { name: 'firstName', namespace: '', sourceAttribute: 'user.givenname' },
      { name: 'lastName', namespace: '', sourceAttribute: 'user.surname' },
    ]);
    expect(plan.done).toBe(true);
    expect(plan.actions.every((a) => a.kind === 'keep')).toBe(true);
  });

  test('a namespaced "email" from user.userprincipalname is edited, with a warning', () => {
    const plan = planClaims([{ name: 'email', namespace: NS, sourceAttribute: 'user.userprincipalname' }]);
    const first = plan.actions[0];
    expect(first?.kind).toBe('edit');
    if (first?.kind !== 'edit') throw new Error('expected an edit');
    expect(first.changes).toEqual([`clear Namespace (now "${NS}")`, 'set Source attribute to user.mail (now user.userprincipalname)']);
    expect(plan.warnings.join(' ')).toMatch(/user\.userprincipalname/);
    expect(plan.actions.filter((a) => a.kind === 'add').map((a) => (a.kind === 'add' ? a.claim.name : ''))).toEqual([
      'firstName',
      'lastName',
    ]);
  });

  test('a namespace the page does not show is flagged for checking', () => {
    const plan = planClaims([{ name: 'email', namespace: null, sourceAttribute: 'user.mail' }]);
    expect(plan.actions[0]?.kind).toBe('edit');
    expect(plan.warnings.join(' ')).toMatch(/empty Namespace/);
  });
});

describe('splitClaimUri', () => {
  test('splits a URI claim name and leaves a bare one', () => {
    expect(splitClaimUri(`${NS}/emailaddress`)).toEqual({ namespace: NS, name: 'emailaddress' });
    expect(splitClaimUri('email')).toEqual({ namespace: '', name: 'email' });
  });
});
