import { cloudOrigins, entraPageMatchesOf, loginMatchesOf, type CloudId } from '@/utils/hosts';
import type { CloudState } from '@/utils/messages/cloud';
import { readCloudChoice, writeCloudChoice, type LocalArea } from './choice';

/**
 * A sovereign cloud's content scripts, registered at run time once the admin
 * has opted in and Chrome has granted the cloud's hosts; the same built files
 * the manifest names for the public cloud. Registered with persistence, so a
 * browser restart keeps them; reconciled at start-up and whenever a
 * permission is removed, so a host the admin revoked (chrome://extensions)
 * never keeps a script, and the choice falls back to the public cloud.
 */

/** The built files of the manifest's content scripts (WXT writes entrypoints/<name>.content.ts there). */
export const CONTENT_SCRIPT_FILES = { entra: 'content-scripts/entra.js', login: 'content-scripts/login.js' } as const;

const ID_PREFIX = 'cloud-';

export interface ScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The parts of chrome.scripting and chrome.permissions this module uses, so tests can hand in fakes. */
export interface CloudApis {
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string }[]>;
    registerContentScripts(scripts: ScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  local: LocalArea;
}

export function registrationsFor(cloud: CloudId): ScriptRegistration[] {
  if (cloud === 'public') return [];
  const common = { runAt: 'document_idle', persistAcrossSessions: true } as const;
  return [
    // As the manifest's Entra script: every frame, since the blades' inputs live in cross-origin view iframes.
    { id: `${ID_PREFIX}${cloud}-entra`, matches: entraPageMatchesOf(cloud), js: [CONTENT_SCRIPT_FILES.entra], allFrames: true, ...common },
    { id: `${ID_PREFIX}${cloud}-login`, matches: loginMatchesOf(cloud), js: [CONTENT_SCRIPT_FILES.login], allFrames: false, ...common },
  ];
}

async function ourRegistrations(apis: CloudApis): Promise<string[]> {
  const all = await apis.scripting.getRegisteredContentScripts();
  return all.map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX));
}

async function granted(apis: CloudApis, cloud: CloudId): Promise<boolean> {
  const origins = cloudOrigins(cloud);
  return origins.length === 0 || (await apis.permissions.contains({ origins }).catch(() => false));
}

/** Registers exactly the chosen cloud's scripts (none for the public cloud), dropping any other cloud's. */
async function registerOnly(apis: CloudApis, cloud: CloudId): Promise<boolean> {
  const wanted = registrationsFor(cloud);
  const present = await ourRegistrations(apis);
  const stale = present.filter((id) => !wanted.some((w) => w.id === id));
  if (stale.length) await apis.scripting.unregisterContentScripts({ ids: stale });
  const missing = wanted.filter((w) => !present.includes(w.id));
  if (missing.length) await apis.scripting.registerContentScripts(missing);
  return true;
}

export async function cloudState(apis: CloudApis): Promise<CloudState> {
  const cloud = await readCloudChoice(apis.local);
  const ids = await ourRegistrations(apis).catch((): string[] => []);
  const registered = registrationsFor(cloud).every((r) => ids.includes(r.id));
  return { cloud, granted: await granted(apis, cloud), registered };
}

export type SwitchResult = { ok: true; state: CloudState } | { ok: false; error: string; state: CloudState };

/**
 * Switches to a cloud. A sovereign cloud needs its hosts granted first (the
 * side panel asks Chrome, on the admin's click); the public cloud drops the
 * sovereign scripts and gives back the hosts that were granted for them.
 */
export async function switchCloud(apis: CloudApis, cloud: CloudId): Promise<SwitchResult> {
  try {
    if (!(await granted(apis, cloud))) {
      return {
        ok: false,
        error: 'Chrome has not granted access to that cloud’s portal and sign-in hosts; nothing changed.',
        state: await cloudState(apis),
      };
    }
    const previous = await readCloudChoice(apis.local);
    await registerOnly(apis, cloud);
    await writeCloudChoice(apis.local, cloud);
    if (previous !== cloud && previous !== 'public') await apis.permissions.remove({ origins: cloudOrigins(previous) }).catch(() => false);
    return { ok: true, state: await cloudState(apis) };
  } catch (e) {
    return {
      ok: false,
      error: `The cloud could not be switched (${e instanceof Error ? e.message : String(e)}).`,
      state: await cloudState(apis),
    };
  }
}

/**
 * At start-up and after a permission change: the registrations match the
 * choice, and a revoked cloud falls back to public. `fresh` (after an install
 * or update) registers again from scratch, so changed host lists take effect.
 */
export async function reconcileCloud(apis: CloudApis, fresh = false): Promise<CloudState> {
  const cloud = await readCloudChoice(apis.local);
  const effective = (await granted(apis, cloud)) ? cloud : 'public';
  if (effective !== cloud) await writeCloudChoice(apis.local, effective);
  if (fresh) {
    const ours = await ourRegistrations(apis).catch((): string[] => []);
    if (ours.length) await apis.scripting.unregisterContentScripts({ ids: ours }).catch(() => undefined);
  }
  await registerOnly(apis, effective).catch(() => false);
  return cloudState(apis);
}
