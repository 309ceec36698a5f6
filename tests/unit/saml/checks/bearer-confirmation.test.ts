import { describe, expect, it } from 'vitest';
import { checkBearerConfirmation } from '@/utils/saml/checks/bearer-confirmation';
import { ids, input, signedInput, withTestKey } from './fixtures';

const { key } = withTestKey();

describe('bearer confirmation check', () => {
  it('is silent on a bearer confirmation with data', async () => {
    expect(checkBearerConfirmation(await signedInput(key(), { sign: 'assertion' }))).toEqual([]);
    expect(checkBearerConfirmation(input())).toEqual([]);
  });

  it('refuses an assertion confirmed only by another method', async () => {
    const i = await signedInput(key(), { sign: 'assertion', edit: (x) => x.replace('cm:bearer', 'cm:holder-of-key') });
    expect(i.signature?.verdict).toBe('valid');
    const f = checkBearerConfirmation(i);
    expect(ids(f)).toEqual(['confirmation.no-bearer']);
    expect(f[0]?.detail).toContain('holder-of-key');
  });

  it('refuses a bearer confirmation without SubjectConfirmationData', async () => {
    const i = await signedInput(key(), { sign: 'assertion', edit: (x) => x.replace(/<saml:SubjectConfirmationData[^>]*\/>/, '') });
    expect(i.signature?.verdict).toBe('valid');
    expect(ids(checkBearerConfirmation(i))).toEqual(['confirmation.no-data']);
  });
});
