import { describe, expect, it } from 'vitest';
import { checkSignaturePosition } from '@/utils/saml/checks/signature-position';
import { parseSaml } from '@/utils/saml/model';
import { buildSignedResponse } from '@/tests/helpers/sign-response';
import { loadManifest, readSample } from '@/tests/helpers/samples';
import { ids, input, signedInput, withTestKey, xmlInput } from './fixtures';

const { key, trusted } = withTestKey();

/** The assertion's signature moved from after its Issuer to its end: it still verifies, the schema forbids it. */
function signatureMovedToEnd(xml: string): string {
  const sig = /<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(xml)?.[0];
  if (!sig) throw new Error('test: no signature');
  return xml.replace(sig, '').replace('</saml:Assertion>', `${sig}</saml:Assertion>`);
}

describe('signature position check', () => {
  it('is silent where the helper (like Entra) puts the signature, and on every real sample', async () => {
    expect(checkSignaturePosition(await signedInput(key(), { sign: 'both' }))).toEqual([]);
    for (const s of loadManifest().filter((m) => m.encoding === 'xml' && m.signature === 'valid')) {
      expect(checkSignaturePosition(input({ model: parseSaml(readSample(s.file)).model })), s.file).toEqual([]);
    }
  });

  it('refuses a signature that verifies but sits at the end of the assertion', async () => {
    const i = await xmlInput(signatureMovedToEnd(buildSignedResponse(key(), { sign: 'assertion' })), trusted());
    expect(i.signature?.verdict).toBe('valid');
    const f = checkSignaturePosition(i);
    expect(ids(f)).toEqual(['signature.misplaced']);
    expect(f[0]?.detail).toContain('its Assertion');
  });
});
