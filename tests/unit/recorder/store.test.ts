import { describe, expect, it } from 'vitest';
import { CaptureStore, INDEX_KEY } from '@/utils/recorder/store';
import { recordFromBeforeRequest } from '@/utils/recorder/web-request';
import { recordFromErrorPage } from '@/utils/recorder/error-page-record';
import { recordFromHarEntry } from '@/utils/recorder/har-record';
import { recordBytes, type CapturedRecord } from '@/utils/recorder/record';
import { MemoryStorage } from './memory-storage';
import { entraResponseB64, failedResponseB64 } from './samples';

const ACS = 'https://bifrost.justcall.io/passport/login/callback';

function rec(n: number, tabId = 1, b64 = entraResponseB64(), at = 1_000 + n): CapturedRecord {
  const r = recordFromBeforeRequest({
    requestId: String(n),
    url: ACS,
    method: 'POST',
    tabId,
    timeStamp: at,
    // Vary the RelayState-free value so fingerprints differ per request.
    requestBody: { formData: { SAMLResponse: [b64 + '='.repeat(0)], RelayState: [`r${n}`] } },
  });
  if (!r) throw new Error('no record');
  return { ...r, fingerprint: `${r.fingerprint}:${n}` };
}

describe('CaptureStore', () => {
  it('keeps records across a new store instance (the service worker restarted)', async () => {
    const storage = new MemoryStorage();
    await new CaptureStore(storage).add(rec(1));
    const again = new CaptureStore(storage);
    const list = await again.list(1);
    expect(list.map((r) => r.id)).toEqual(['wr-1']);
  });

  it('caps the count per tab, evicting the oldest', async () => {
    const storage = new MemoryStorage();
    const store = new CaptureStore(storage, { maxPerTab: 3, maxBytesPerTab: 10e6, maxBytesTotal: 10e6 });
    for (let i = 1; i <= 5; i++) await store.add(rec(i));
    expect((await store.list(1)).map((r) => r.id)).toEqual(['wr-3', 'wr-4', 'wr-5']);
    expect(storage.data.has('doctor.rec.wr-1')).toBe(false);
  });

  it('caps the bytes per tab and in total', async () => {
    const storage = new MemoryStorage();
    const size = recordBytes(rec(1));
    const store = new CaptureStore(storage, { maxPerTab: 100, maxBytesPerTab: size * 2 + 10, maxBytesTotal: size * 3 + 10 });
    for (let i = 1; i <= 4; i++) await store.add(rec(i, 1));
    expect((await store.list(1)).length).toBe(2);
    await store.add(rec(10, 2));
    await store.add(rec(11, 2));
    const stats = await store.stats();
    expect(stats.bytes).toBeLessThanOrEqual(size * 3 + 10);
    expect(stats.records).toBe(3);
  });

  it('refuses a record larger than a cap', async () => {
    const store = new CaptureStore(new MemoryStorage(), { maxPerTab: 10, maxBytesPerTab: 100, maxBytesTotal: 100 });
    const r = await store.add(rec(1));
    expect(r.outcome).toBe('refused');
    expect(await store.list(null)).toEqual([]);
  });

  it('merges a devtools HAR entry into the webRequest record of the same message', async () => {
    const store = new CaptureStore(new MemoryStorage());
    const b64 = entraResponseB64();
    const wr = recordFromBeforeRequest({
      requestId: '5',
      url: ACS,
      method: 'POST',
      tabId: 1,
      timeStamp: Date.parse('2024-01-01T00:00:00Z'),
      requestBody: { formData: { SAMLResponse: [b64] } },
    })!;
    await store.add(wr);
    const har = recordFromHarEntry(
      {
        startedDateTime: '2024-01-01T00:00:00.200Z',
        request: {
          method: 'POST',
          url: ACS,
          postData: { mimeType: 'application/x-www-form-urlencoded', text: `SAMLResponse=${encodeURIComponent(b64)}` },
        },
        response: { status: 302 },
      },
      1,
      'devtools',
      1,
    )!;
    const result = await store.add(har);
    expect(result.outcome).toBe('merged');
    const list = await store.list(1);
    expect(list).toHaveLength(1);
    expect(list[0]!.sources).toEqual(['webRequest', 'devtools']);
    expect(list[0]!.status).toBe(302);
  });

  it('counts failures per tab for the badge, including error pages and HTTP errors', async () => {
    const store = new CaptureStore(new MemoryStorage());
    await store.add(rec(1, 1, failedResponseB64()));
    await store.add(rec(2, 1));
    await store.add(
      recordFromErrorPage(
        { url: 'https://login.microsoftonline.com/x', code: 50011, message: 'AADSTS50011: x', requestId: 'r1' },
        1,
        'content',
        5,
      ),
    );
    await store.add(rec(3, 2));
    expect(await store.failures(1)).toBe(2);
    await store.setStatus('wr-2', 500);
    expect(await store.failures(1)).toBe(3);
    expect(await store.failures(2)).toBe(0);
  });

  it('survives a corrupt index', async () => {
    const storage = new MemoryStorage();
    await storage.set({ [INDEX_KEY]: [{ bogus: true }] });
    const store = new CaptureStore(storage);
    expect(await store.list(null)).toEqual([]);
    await store.add(rec(1));
    expect((await store.list(null)).length).toBe(1);
  });

  it('clears one tab', async () => {
    const storage = new MemoryStorage();
    const store = new CaptureStore(storage);
    await store.add(rec(1, 1));
    await store.add(rec(2, 2));
    await store.clear(1);
    expect((await store.list(null)).map((r) => r.tabId)).toEqual([2]);
    expect(storage.data.has('doctor.rec.wr-1')).toBe(false);
  });

  it('stays within the byte cap after 10,000 captures', async () => {
    const storage = new MemoryStorage();
    const caps = { maxPerTab: 300, maxBytesPerTab: 3 * 1024 * 1024, maxBytesTotal: 7 * 1024 * 1024 };
    const store = new CaptureStore(storage, caps);
    const b64 = entraResponseB64();
    for (let i = 0; i < 10_000; i++) await store.add(rec(i, i % 5, b64));
    const stats = await store.stats();
    expect(stats.bytes).toBeLessThanOrEqual(caps.maxBytesTotal);
    expect(stats.cached).toBeLessThanOrEqual(stats.records);
    expect(storage.bytes()).toBeLessThanOrEqual(caps.maxBytesTotal);
  });
});
