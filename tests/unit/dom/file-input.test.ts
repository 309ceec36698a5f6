// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { setFileInput } from '@/utils/dom/file-input';
import { installDataTransfer } from './support/jsdom-data-transfer';

beforeAll(() => installDataTransfer(window));

describe('setFileInput', () => {
  test('the input holds the File and the page hears change', async () => {
    document.body.innerHTML = '<label for="c">Certificate</label><input type="file" id="c">';
    const input = document.querySelector('input');
    if (!input) throw new Error('no input');
    const seen: string[] = [];
    input.addEventListener('change', () => seen.push(input.files?.[0]?.name ?? ''));
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const result = setFileInput(input, new File([pem], 'JustCall.cer', { type: 'application/x-x509-ca-cert' }));
    expect(result).toEqual({ ok: true, fileName: 'JustCall.cer' });
    expect(seen).toEqual(['JustCall.cer']);
    expect(await input.files?.[0]?.text()).toBe(pem);
  });

  test('refuses an element that is not a file input', () => {
    document.body.innerHTML = '<input type="text">';
    const input = document.querySelector('input');
    if (!input) throw new Error('no input');
    expect(setFileInput(input, new File(['x'], 'a.cer')).ok).toBe(false);
  });
});
