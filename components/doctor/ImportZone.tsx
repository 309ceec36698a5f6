import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useFileDrop } from '@/components/useFileDrop';
import type { ImportJob } from './useImport';

/** Wraps the panel: a file dropped anywhere on it is imported; shows a hint while dragging. */
export function ImportZone({ onFile, children }: { onFile(file: File): void; children: ComponentChildren }) {
  const drop = useFileDrop(onFile);
  return (
    <div class={`import-zone${drop.over ? ' over' : ''}`} {...drop.handlers}>
      {children}
      {drop.over && <div class="drop-hint">Drop a HAR, SAML-tracer or trace file, or a provisioning log, to analyse it</div>}
    </div>
  );
}

export function ImportButton({ onFile }: { onFile(file: File): void }) {
  return (
    <label class="file-button" data-testid="import-button">
      Import HAR / trace / provisioning log…
      <input
        type="file"
        accept=".har,.json,.csv,.txt,application/json,text/csv"
        data-testid="import-input"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const f = input.files?.[0];
          if (f) onFile(f);
          input.value = '';
        }}
      />
    </label>
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** How far the import is, and a way to stop it; it alone re-renders as the file is read. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const [bytes, setBytes] = useState(0);
  useEffect(() => job.onProgress(setBytes), [job]);
  const percent = job.total > 0 ? Math.min(100, Math.floor((bytes / job.total) * 100)) : 0;
  return (
    <div class="import-progress" role="status" data-testid="import-progress" data-percent={percent}>
      <span>
        Reading {job.name}: {megabytes(bytes)} of {megabytes(job.total)} ({percent} %)
      </span>
      <progress max={job.total || 1} value={bytes} aria-label={`Reading ${job.name}`} />
      <button type="button" onClick={job.cancel} data-testid="import-cancel">
        Cancel
      </button>
    </div>
  );
}
