import { describe, expect, it } from 'vitest';
import { cloudOrigins } from '@/utils/hosts';
import { CLOUD_CHOICE_KEY, readCloudChoice } from '@/utils/cloud/choice';
import { reconcileCloud, switchCloud, type CloudApis, type ScriptRegistration } from '@/utils/cloud/registration';

/** chrome.scripting, chrome.permissions and storage.local as plain objects, with what was asked of them. */
function fakeApis(grantedOrigins: string[] = []) {
  const scripts = new Map<string, ScriptRegistration>();
  const granted = new Set(grantedOrigins);
  const store: Record<string, unknown> = {};
  const removed: string[][] = [];
  const apis: CloudApis = {
    scripting: {
      getRegisteredContentScripts: () => Promise.resolve([...scripts.values()].map((s) => ({ id: s.id }))),
      registerContentScripts: (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) return Promise.reject(new Error(`Duplicate script ID '${s.id}'`));
          scripts.set(s.id, s);
        }
        return Promise.resolve();
      },
      unregisterContentScripts: ({ ids }) => {
        for (const id of ids) scripts.delete(id);
        return Promise.resolve();
      },
    },
    permissions: {
      contains: ({ origins }) => Promise.resolve(origins.every((o) => granted.has(o))),
      remove: ({ origins }) => {
        removed.push(origins);
        for (const o of origins) granted.delete(o);
        return Promise.resolve(true);
      },
    },
    local: {
      get: (key) => Promise.resolve(key in store ? { [key]: store[key] } : {}),
      set: (items) => {
        Object.assign(store, items);
        return Promise.resolve();
      },
    },
  };
  return { apis, scripts, granted, store, removed };
}

describe('registering a sovereign cloud’s content scripts', () => {
  it('refuses a cloud whose hosts Chrome has not granted, and changes nothing', async () => {
    const f = fakeApis();
    const r = await switchCloud(f.apis, 'china');
    expect(r.ok).toBe(false);
    expect(f.scripts.size).toBe(0);
    expect(await readCloudChoice(f.apis.local)).toBe('public');
  });

  it('registers the manifest’s Entra and login scripts on the cloud’s hosts, persisting across restarts', async () => {
    const f = fakeApis(cloudOrigins('china'));
    const r = await switchCloud(f.apis, 'china');
    expect(r).toMatchObject({ ok: true, state: { cloud: 'china', granted: true, registered: true } });
    const entra = f.scripts.get('cloud-china-entra');
    expect(entra).toMatchObject({ js: ['content-scripts/entra.js'], allFrames: true, persistAcrossSessions: true });
    expect(entra?.matches).toContain('https://portal.azure.cn/*');
    expect(entra?.matches).toContain('https://*.hosting.azureportal.chinacloudapi.cn/*');
    expect(f.scripts.get('cloud-china-login')).toMatchObject({
      js: ['content-scripts/login.js'],
      matches: ['https://login.partner.microsoftonline.cn/*'],
    });
    expect(f.store[CLOUD_CHOICE_KEY]).toMatchObject({ cloud: 'china' });
    // Switching again registers nothing twice.
    expect((await switchCloud(f.apis, 'china')).ok).toBe(true);
    expect(f.scripts.size).toBe(2);
  });

  it('opting out unregisters the scripts and gives the hosts back', async () => {
    const f = fakeApis(cloudOrigins('china'));
    await switchCloud(f.apis, 'china');
    const r = await switchCloud(f.apis, 'public');
    expect(r).toMatchObject({ ok: true, state: { cloud: 'public' } });
    expect(f.scripts.size).toBe(0);
    expect(f.removed).toEqual([cloudOrigins('china')]);
    expect(f.granted.size).toBe(0);
  });

  it('moving from one sovereign cloud to another keeps only the new one’s scripts', async () => {
    const f = fakeApis([...cloudOrigins('china'), ...cloudOrigins('usgov')]);
    await switchCloud(f.apis, 'china');
    await switchCloud(f.apis, 'usgov');
    expect([...f.scripts.keys()].sort()).toEqual(['cloud-usgov-entra', 'cloud-usgov-login']);
  });

  it('a host revoked in chrome://extensions takes the scripts with it and the choice falls back to public', async () => {
    const f = fakeApis(cloudOrigins('china'));
    await switchCloud(f.apis, 'china');
    f.granted.delete('https://portal.azure.cn/*');
    const state = await reconcileCloud(f.apis);
    expect(state).toMatchObject({ cloud: 'public', registered: true });
    expect(f.scripts.size).toBe(0);
  });

  it('after an update, the registrations are made again from the current host lists', async () => {
    const f = fakeApis(cloudOrigins('china'));
    await switchCloud(f.apis, 'china');
    const old = f.scripts.get('cloud-china-entra');
    if (old) old.matches = ['https://old.example/*'];
    await reconcileCloud(f.apis, true);
    expect(f.scripts.get('cloud-china-entra')?.matches).toContain('https://portal.azure.cn/*');
  });

  it('an unreadable stored choice counts as the public cloud', async () => {
    const f = fakeApis(cloudOrigins('china'));
    f.store[CLOUD_CHOICE_KEY] = { cloud: 'mars', at: 'x' };
    expect(await readCloudChoice(f.apis.local)).toBe('public');
  });
});
