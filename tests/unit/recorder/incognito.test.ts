import { describe, expect, it } from 'vitest';
import { createRecorder } from '@/utils/recorder/listeners';
import { CaptureStore } from '@/utils/recorder/store';
import { JUSTCALL_DEFAULTS } from '@/utils/setup/profile';
import { MemoryStorage } from './memory-storage';
import { entraResponseB64 } from './samples';

/** Tab 9 is in an Incognito window; tab 1 in a normal one. */
function setup() {
  const storage = new MemoryStorage();
  const store = new CaptureStore(storage);
  const rec = createRecorder({
    store,
    grantedPatterns: async () => [],
    onCaptured: () => undefined,
    isIncognitoTab: async (id) => id === 9,
  });
  const post = (tabId: number, n: number) =>
    rec.onBeforeRequest({
      requestId: String(n),
      url: JUSTCALL_DEFAULTS.acsUrl,
      method: 'POST',
      tabId,
      timeStamp: n * 61_000,
      requestBody: { formData: { SAMLResponse: [entraResponseB64()], RelayState: [`r${n}`] } },
    });
  return { storage, store, post };
}

describe('Incognito captures', () => {
  it('stay in memory: nothing of them is written to storage', async () => {
    const { storage, store, post } = setup();
    await post(1, 1);
    await post(9, 2);
    expect([...storage.data.keys()].filter((k) => k.startsWith('doctor.rec.'))).toEqual(['doctor.rec.wr-1']);
    expect(JSON.stringify([...storage.data.values()])).not.toContain('wr-2');
    expect((await store.list(9)).map((r) => [r.id, r.incognito])).toEqual([['wr-2', true]]);
  });

  it('are listed only for their own tab: never with every tab’s captures, nor among the tabs', async () => {
    const { store, post } = setup();
    await post(1, 1);
    await post(9, 2);
    expect((await store.list(null)).map((r) => r.id)).toEqual(['wr-1']);
    expect((await store.tabs()).map((t) => t.tabId)).toEqual([1]);
    expect((await store.list(9)).map((r) => r.id)).toEqual(['wr-2']);
  });

  it('are dropped when the Incognito windows close, and do not survive a service-worker restart', async () => {
    const { storage, store, post } = setup();
    await post(1, 1);
    await post(9, 2);
    expect((await new CaptureStore(storage).list(9)).map((r) => r.id)).toEqual([]);
    await store.clearIncognito();
    expect((await store.list(9)).map((r) => r.id)).toEqual([]);
    expect((await store.list(1)).map((r) => r.id)).toEqual(['wr-1']);
  });
});
