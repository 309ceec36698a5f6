import { SCIM_TOKEN_KEY, SETUP_SESSION_KEY, ScimToken, emptySession, parseSession, type SetupSession } from './session';
import { NO_RELEASE, parseRelease, SECRET_RELEASE_KEY, type SecretRelease } from './secret-release';

/**
 * Reads and writes the setup session. Only the background writes; the side
 * panel reads storage directly. Writes go through one queue, because several
 * frames report at once and a read-modify-write must not lose another's edit.
 * Every read goes back to storage, so a restarted service worker simply
 * carries on from what was stored.
 */

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SessionStoreDeps {
  local: StorageArea;
  session: StorageArea;
  now?: () => Date;
}

export interface SessionStore {
  read(): Promise<SetupSession>;
  /** Applies `change` to a draft of the latest stored session (mutating it) and stores the result. */
  update(change: (draft: SetupSession) => void): Promise<SetupSession>;
  reset(): Promise<SetupSession>;
  readScimToken(): Promise<ScimToken | null>;
  writeScimToken(token: ScimToken): Promise<void>;
  clearScimToken(): Promise<void>;
  /** Where the token may go (./secret-release.ts), in storage.session beside it. */
  readRelease(): Promise<SecretRelease>;
  writeRelease(release: SecretRelease): Promise<void>;
}

export function createSessionStore(deps: SessionStoreDeps): SessionStore {
  const now = deps.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<SetupSession> => {
    const raw = (await deps.local.get(SETUP_SESSION_KEY))[SETUP_SESSION_KEY];
    return parseSession(raw, now());
  };

  return {
    read,
    update: (change) =>
      serial(async () => {
        const current = await read();
        const draft = structuredClone(current);
        change(draft);
        const next = draft;
        next.updatedAt = now().toISOString();
        await deps.local.set({ [SETUP_SESSION_KEY]: next });
        return next;
      }),
    reset: () =>
      serial(async () => {
        const fresh = emptySession(now());
        await deps.local.set({ [SETUP_SESSION_KEY]: fresh });
        await deps.session.remove(SCIM_TOKEN_KEY);
        await deps.session.remove(SECRET_RELEASE_KEY);
        return fresh;
      }),
    async readScimToken() {
      const parsed = ScimToken.safeParse((await deps.session.get(SCIM_TOKEN_KEY))[SCIM_TOKEN_KEY]);
      return parsed.success ? parsed.data : null;
    },
    writeScimToken: (token) => deps.session.set({ [SCIM_TOKEN_KEY]: ScimToken.parse(token) }),
    clearScimToken: async () => {
      await deps.session.remove(SCIM_TOKEN_KEY);
      await deps.session.remove(SECRET_RELEASE_KEY);
    },
    readRelease: async () => parseRelease((await deps.session.get(SECRET_RELEASE_KEY))[SECRET_RELEASE_KEY]),
    writeRelease: (release) =>
      release === NO_RELEASE ? deps.session.remove(SECRET_RELEASE_KEY) : deps.session.set({ [SECRET_RELEASE_KEY]: release }),
  };
}

/** An in-memory StorageArea, for tests and for the bench. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(key) {
      Reflect.deleteProperty(data, key);
    },
  };
}
