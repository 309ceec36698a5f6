import { describe, expect, it } from 'vitest';
import { cloudOrigins } from '@/utils/hosts';
import { switchCloudFromClick } from '@/utils/cloud/opt-in';
import type { CloudRequest } from '@/utils/messages/cloud';

const state = (cloud: 'public' | 'china') => ({ cloud, granted: true, registered: true });

describe('the opt-in’s permission request', () => {
  it('asks Chrome for exactly the cloud’s origins, synchronously within the click, before telling the background', async () => {
    const calls: string[] = [];
    const requested: string[][] = [];
    const sent: CloudRequest[] = [];
    const result = switchCloudFromClick('china', {
      request: (p) => {
        calls.push('request');
        requested.push(p.origins);
        return Promise.resolve(true);
      },
      send: (m) => {
        calls.push('send');
        sent.push(m);
        return Promise.resolve({ ok: true, state: state('china') });
      },
    });
    // Chrome keeps the click's user activation only for a call made before anything is awaited.
    expect(requested).toEqual([cloudOrigins('china')]);
    expect(await result).toEqual({ ok: true, state: state('china') });
    expect(calls).toEqual(['request', 'send']);
    expect(sent).toEqual([{ type: 'cloud:set', cloud: 'china' }]);
  });

  it('a denied prompt changes nothing and says so', async () => {
    const sent: unknown[] = [];
    const r = await switchCloudFromClick('china', {
      request: () => Promise.resolve(false),
      send: (m) => {
        sent.push(m);
        return Promise.resolve(null);
      },
    });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain('did not grant');
    expect(sent).toEqual([]);
  });

  it('a request Chrome refuses outright (no user gesture) is a clear message, not a throw', async () => {
    const r = await switchCloudFromClick('usgov', {
      request: () => {
        throw new Error('This function must be called during a user gesture');
      },
      send: () => Promise.resolve(null),
    });
    expect(r).toEqual({ ok: false, error: 'Chrome refused the request (This function must be called during a user gesture).' });
  });

  it('the public cloud asks Chrome for nothing', async () => {
    const requested: unknown[] = [];
    const r = await switchCloudFromClick('public', {
      request: (p) => {
        requested.push(p);
        return Promise.resolve(true);
      },
      send: () => Promise.resolve({ ok: true, state: state('public') }),
    });
    expect(requested).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a malformed background reply is an error, not a success', async () => {
    const r = await switchCloudFromClick('china', { request: () => Promise.resolve(true), send: () => Promise.resolve({ ok: 'yes' }) });
    expect(r.ok).toBe(false);
  });
});
