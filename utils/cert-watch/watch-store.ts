import type { StorageArea } from '@/utils/setup/session-store';
import { CERT_WATCH_KEY, parseWatch, type WatchState } from './state';

/** The watch's state in storage.local; writes queue, so a check and a rotation step never lose each other's edit. */
export interface WatchStore {
  read(): Promise<WatchState>;
  update(change: (draft: WatchState) => void): Promise<WatchState>;
}

export function createWatchStore(local: StorageArea): WatchStore {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async () => parseWatch((await local.get(CERT_WATCH_KEY))[CERT_WATCH_KEY]);
  return {
    read,
    update(change) {
      const job = async () => {
        const draft = structuredClone(await read());
        change(draft);
        await local.set({ [CERT_WATCH_KEY]: draft });
        return draft;
      };
      const next = queue.then(job, job);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
