import { useCallback, useRef, useState } from 'preact/hooks';
import type { CaptureReadResult } from '@/utils/saml/har';
import { Stopped, useDoctorService } from './service';

/** A file being read: its progress is published to whoever shows it, so the rest of the panel does not re-render on every chunk. */
export interface ImportJob {
  name: string;
  total: number;
  cancel(): void;
  /** Calls back with the bytes read so far; returns the unsubscribe function. */
  onProgress(listener: (bytes: number) => void): () => void;
}

/**
 * Imports a dropped or picked file through the doctor's service (a Worker in
 * the panel), streamed, so a 1 GB HAR never sits in memory whole nor blocks
 * the page; it can be cancelled, and a failure or a cancel says so.
 */
export function useImport(onImported: (name: string, result: CaptureReadResult) => void): {
  start(file: File): void;
  job: ImportJob | null;
  notice: string | null;
} {
  const service = useDoctorService();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef<ImportJob | null>(null);

  const start = useCallback(
    (file: File) => {
      current.current?.cancel();
      const listeners = new Set<(bytes: number) => void>();
      const running = service.read(file, (bytes) => listeners.forEach((l) => l(bytes)));
      const next: ImportJob = {
        name: file.name,
        total: file.size,
        cancel: running.cancel,
        onProgress(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      current.current = next;
      setJob(next);
      setNotice(null);
      running.done
        .then((result) => {
          if (current.current === next) onImported(file.name, result);
        })
        .catch((e: unknown) => {
          if (current.current !== next) return;
          setNotice(
            e instanceof Stopped
              ? `The import of ${file.name} was cancelled.`
              : `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`,
          );
        })
        .finally(() => {
          if (current.current !== next) return;
          current.current = null;
          setJob(null);
        });
    },
    [service, onImported],
  );
  return { start, job, notice };
}
