import { describe, expect, it } from 'vitest';
import { createRecorder } from '@/utils/recorder/listeners';
import { CaptureStore, type AddResult } from '@/utils/recorder/store';
import { badgeText } from '@/utils/recorder/badge';
import { MemoryStorage } from './memory-storage';
import { entraResponseB64 } from './samples';

function setup(granted: string[] = []) {
  const store = new CaptureStore(new MemoryStorage());
  const seen: AddResult[] = [];
  const rec = createRecorder({ store, grantedPatterns: async () => granted, onCaptured: (r) => seen.push(r) });
  return { store, seen, rec };
}

describe('createRecorder', () => {
  it('captures an ACS POST, then attaches the first HTTP status', async () => {
    const { rec, seen, store } = setup();
    await rec.onBeforeRequest({
      requestId: '1',
      url: 'https://bifrost.justcall.io/passport/login/callback',
      method: 'POST',
      tabId: 4,
      timeStamp: 1,
      requestBody: { formData: { SAMLResponse: [entraResponseB64()] } },
    });
    await rec.onHeadersReceived({ requestId: '1', statusCode: 400 });
    await rec.onHeadersReceived({ requestId: '1', statusCode: 200 }); // a later hop must not overwrite
    const [r] = await store.list(4);
    expect(r?.status).toBe(400);
    expect(seen.at(-1)?.failures).toBe(1);
  });

  it('skips hosts not granted and tab-less requests', async () => {
    const { rec, store } = setup();
    const body = { formData: { SAMLResponse: [entraResponseB64()] } };
    await rec.onBeforeRequest({
      requestId: '1',
      url: 'https://sso.example.com/acs',
      method: 'POST',
      tabId: 4,
      timeStamp: 1,
      requestBody: body,
    });
    await rec.onBeforeRequest({
      requestId: '2',
      url: 'https://bifrost.justcall.io/acs',
      method: 'POST',
      tabId: -1,
      timeStamp: 1,
      requestBody: body,
    });
    expect(await store.list(null)).toEqual([]);
  });

  it('captures on a granted origin', async () => {
    const { rec, store } = setup(['https://sso.example.com/*']);
    await rec.onBeforeRequest({
      requestId: '1',
      url: 'https://sso.example.com/acs',
      method: 'POST',
      tabId: 4,
      timeStamp: 1,
      requestBody: { formData: { SAMLResponse: [entraResponseB64()] } },
    });
    expect(await store.list(4)).toHaveLength(1);
  });

  it('reads an Entra error page out of a devtools entry response body', async () => {
    const { rec, store } = setup();
    const html =
      '<html><body><div>AADSTS50011: The redirect URI specified in the request does not match.</div><div>Request Id: 0f2d6b1e-1111-2222-3333-444455556666</div></body></html>';
    const out = await rec.onHarEntry(9, { request: { method: 'GET', url: 'https://login.microsoftonline.com/t/saml2' } }, html);
    expect(out?.outcome).toBe('added');
    const [r] = await store.list(9);
    expect(r?.errorPage?.code).toBe(50011);
    expect(r?.errorPage?.requestId).toBe('0f2d6b1e-1111-2222-3333-444455556666');
    // Not from Entra: ignored.
    expect(await rec.onHarEntry(9, { request: { method: 'GET', url: 'https://evil.example/' } }, html)).toBeNull();
  });
});

describe('badgeText', () => {
  it('is empty for none and capped at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
