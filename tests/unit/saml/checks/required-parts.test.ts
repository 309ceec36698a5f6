import { describe, expect, it } from 'vitest';
import { checkRequiredParts } from '@/utils/saml/checks/required-parts';
import { ids, input, signedInput, withTestKey } from './fixtures';

const { key } = withTestKey();

describe('required parts check', () => {
  it('is silent on a complete response from the signing helper', async () => {
    const i = await signedInput(key(), { sign: 'assertion' });
    expect(i.signature?.verdict).toBe('valid');
    expect(checkRequiredParts(i)).toEqual([]);
    expect(checkRequiredParts(input())).toEqual([]);
  });

  it('refuses a signed assertion without Conditions or without an AuthnStatement', async () => {
    const noConditions = await signedInput(key(), {
      sign: 'assertion',
      edit: (x) => x.replace(/<saml:Conditions[\s\S]*<\/saml:Conditions>/, ''),
    });
    expect(noConditions.signature?.verdict).toBe('valid');
    expect(ids(checkRequiredParts(noConditions))).toEqual(['assertion.no-conditions']);
    const noAuthn = await signedInput(key(), {
      sign: 'assertion',
      edit: (x) => x.replace(/<saml:AuthnStatement[\s\S]*<\/saml:AuthnStatement>/, ''),
    });
    const f = checkRequiredParts(noAuthn);
    expect(ids(f)).toEqual(['assertion.no-authn-statement']);
    expect(f[0]?.detail).toContain('Web Browser SSO profile');
  });

  it('refuses an assertion without an Issuer, even inside a signed response that names one', async () => {
    const i = await signedInput(key(), {
      sign: 'response',
      edit: (x) => x.replace(/(<saml:Assertion[^>]*>)<saml:Issuer>[^<]*<\/saml:Issuer>/, '$1'),
    });
    expect(i.signature?.verdict).toBe('valid');
    expect(ids(checkRequiredParts(i))).toEqual(['assertion.no-issuer']);
  });

  it('refuses a response without an ID', async () => {
    const i = await signedInput(key(), { sign: 'assertion', edit: (x) => x.replace(' ID="_resp1"', '') });
    expect(i.model?.kind).toBe('Response');
    expect(ids(checkRequiredParts(i))).toEqual(['response.no-id']);
  });
});
