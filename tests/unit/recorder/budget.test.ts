import { describe, expect, it } from 'vitest';
import { createRecorder } from '@/utils/recorder/listeners';
import { CaptureStore } from '@/utils/recorder/store';
import { JUSTCALL_ACS_HOSTS, budgetOf } from '@/utils/recorder/budget';
import { JUSTCALL_DEFAULTS } from '@/utils/setup/profile';
import { MemoryStorage } from './memory-storage';
import { entraResponseB64, redirectQuery } from './samples';

const ACS = JUSTCALL_DEFAULTS.acsUrl;
const ENTRA = 'https://login.microsoftonline.com';

function recorder() {
  const store = new CaptureStore(new MemoryStorage());
  const rec = createRecorder({ store, grantedPatterns: async () => ['https://sso.example.com/*'], onCaptured: () => undefined });
  let n = 0;
  const post = (url: string, tabId: number, initiator?: string) =>
    rec.onBeforeRequest({
      requestId: String(++n),
      url,
      method: 'POST',
      tabId,
      timeStamp: 1_000 + n * 61_000,
      ...(initiator ? { initiator } : {}),
      requestBody: { formData: { SAMLResponse: [entraResponseB64()], RelayState: [`r${n}`] } },
    });
  const get = (tabId: number) =>
    rec.onBeforeRequest({
      requestId: String(++n),
      url: `${ENTRA}/t/saml2?${redirectQuery()}`,
      method: 'GET',
      tabId,
      timeStamp: 1_000 + n * 61_000,
    });
  return { store, post, get };
}

describe('the recorder’s budgets', () => {
  it('sorts captures: ACS POSTs Entra sent, Entra’s sign-in service, and the rest', () => {
    const base = { method: 'POST', kind: 'saml' as const, grantedPatterns: ['https://sso.example.com/*'] };
    expect(budgetOf({ ...base, url: ACS, initiator: ENTRA })).toBe('acs');
    expect(budgetOf({ ...base, url: ACS })).toBe('acs'); // devtools: the sender is not known
    expect(budgetOf({ ...base, url: 'https://sso.example.com/acs', initiator: ENTRA })).toBe('acs');
    expect(budgetOf({ ...base, url: ACS, initiator: 'https://evil.example' })).toBe('other');
    expect(budgetOf({ ...base, url: ACS, initiator: 'null' })).toBe('other');
    expect(budgetOf({ ...base, url: 'https://app.justcall.io/anything', initiator: ENTRA })).toBe('other');
    expect(budgetOf({ ...base, method: 'GET', url: `${ENTRA}/t/saml2?SAMLRequest=x` })).toBe('sign-in');
    expect(budgetOf({ ...base, method: 'GET', kind: 'error-page', url: `${ENTRA}/t/login` })).toBe('sign-in');
  });

  it('names the host of JustCall’s documented ACS URL', () => {
    expect(JUSTCALL_ACS_HOSTS).toContain(new URL(ACS).hostname);
  });

  it('keeps the genuine captures of a tab when a page forces hundreds of POSTs to other JustCall hosts', async () => {
    const { store, post, get } = recorder();
    await get(1);
    await post(ACS, 1, ENTRA);
    const genuine = (await store.list(1)).map((r) => r.id);
    for (let i = 0; i < 400; i++) await post(`https://x${i % 7}.justcall.io/form`, 1, 'https://evil.example');
    const kept = (await store.list(1)).map((r) => r.id);
    expect(kept).toEqual(expect.arrayContaining(genuine));
    // The forced ones evicted only each other.
    expect(kept.length).toBeLessThan(100);
  });

  it('keeps Entra’s POSTs to the ACS when another site floods the same ACS, in this tab and across tabs', async () => {
    const { store, post } = recorder();
    await post(ACS, 1, ENTRA);
    const [genuine] = await store.list(1);
    for (let i = 0; i < 800; i++) await post(ACS, 1 + (i % 20), 'https://evil.example');
    const kept = await store.list(1);
    expect(kept.map((r) => r.id)).toContain(genuine?.id);
    expect(kept.find((r) => r.id === genuine?.id)?.budget).toBe('acs');
  });
});
