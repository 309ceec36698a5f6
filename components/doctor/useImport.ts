import { useCallback, useRef, useState } from 'preact/hooks';
import { DETECT_HEAD_CHARS, looksLikeProvisioning } from '@/utils/provisioning/read/detect';
import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import type { CaptureReadResult } from '@/utils/saml/har';
import { Stopped, useDoctorService, type Running } from './service';

/** A file being read: its progress is published to whoever shows it, so the rest of the panel does not re-render on every chunk. */
export interface ImportJob {
  name: string;
  total: number;
  cancel(): void;
  /** Calls back with the bytes read so far; returns the unsubscribe function. */
  onProgress(listener: (bytes: number) => void): () => void;
}

export interface ImportCallbacks {
  onCapture(name: string, result: CaptureReadResult): void;
  onProvisioning(name: string, analysis: ProvisioningAnalysis): void;
}

/** Whether a file is a provisioning export, from its first kilobytes; a file that cannot be sliced goes to the capture reader. */
async function isProvisioning(file: File): Promise<boolean> {
  try {
    return looksLikeProvisioning(await file.slice(0, DETECT_HEAD_CHARS).text(), file.name);
  } catch {
    return false;
  }
}

/**
 * Imports a dropped or picked file through the doctor's service (a Worker in
 * the panel), so a 1 GB HAR never sits in memory whole nor blocks the page;
 * it can be cancelled, and a failure or a cancel says so. A provisioning
 * export (told from its first kilobytes) goes to the provisioning doctor,
 * anything else to the capture reader.
 */
export function useImport(callbacks: ImportCallbacks): {
  start(file: File): void;
  job: ImportJob | null;
  notice: string | null;
} {
  const service = useDoctorService();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef<ImportJob | null>(null);
  const latest = useRef(0);
  const { onCapture, onProvisioning } = callbacks;

  const begin = useCallback(
    (file: File, provisioning: boolean) => {
      const listeners = new Set<(bytes: number) => void>();
      const isCurrent = () => current.current === next;
      let running: Running<void>;
      if (provisioning) {
        const r = service.provisioning(file, file.name);
        running = { cancel: r.cancel, done: r.done.then((a) => void (isCurrent() && onProvisioning(file.name, a))) };
      } else {
        const r = service.read(file, (bytes) => listeners.forEach((l) => l(bytes)));
        running = { cancel: r.cancel, done: r.done.then((result) => void (isCurrent() && onCapture(file.name, result))) };
      }
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
        .catch((e: unknown) => {
          if (!isCurrent()) return;
          setNotice(
            e instanceof Stopped
              ? `The import of ${file.name} was cancelled.`
              : `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`,
          );
        })
        .finally(() => {
          if (!isCurrent()) return;
          current.current = null;
          setJob(null);
        });
    },
    [service, onCapture, onProvisioning],
  );

  const start = useCallback(
    (file: File) => {
      current.current?.cancel();
      current.current = null;
      const ticket = ++latest.current;
      void isProvisioning(file).then((provisioning) => {
        // A newer file picked meanwhile wins.
        if (ticket === latest.current) begin(file, provisioning);
      });
    },
    [begin],
  );
  return { start, job, notice };
}
