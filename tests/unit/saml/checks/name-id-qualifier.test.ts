import { describe, expect, it } from 'vitest';
import { checkNameIdQualifier } from '@/utils/saml/checks/name-id-qualifier';
import { TEST_AUDIENCE } from '@/tests/helpers/sign-response';
import { ids, signedInput, withTestKey } from './fixtures';

const { key } = withTestKey();
const qualified = (q: string) => (x: string) => x.replace('<saml:NameID ', `<saml:NameID SPNameQualifier="${q}" `);

describe('NameID SPNameQualifier check', () => {
  it('accepts no qualifier, or JustCall’s own Entity ID', async () => {
    expect(checkNameIdQualifier(await signedInput(key(), { sign: 'assertion' }))).toEqual([]);
    const own = await signedInput(key(), { sign: 'assertion', edit: qualified(TEST_AUDIENCE) });
    expect(own.trustedAssertion?.nameId?.spNameQualifier).toBe(TEST_AUDIENCE);
    expect(checkNameIdQualifier(own)).toEqual([]);
  });

  it('refuses a NameID issued for another service provider', async () => {
    const other = await signedInput(key(), { sign: 'assertion', edit: qualified('https://other.example/sp') });
    expect(other.signature?.verdict).toBe('valid');
    const f = checkNameIdQualifier(other);
    expect(ids(f)).toEqual(['nameid.sp-name-qualifier']);
    expect(f[0]?.detail).toContain('https://other.example/sp');
    expect(f[0]?.step).toBe('basic-saml');
  });
});
