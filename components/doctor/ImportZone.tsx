import { useState } from 'preact/hooks';
import { readCapture, type CaptureReadResult } from '@/utils/saml/har';
import type { ComponentChildren } from 'preact';
import { useFileDrop } from '@/components/useFileDrop';

interface Props {
  onImported(name: string, result: CaptureReadResult): void;
  children: ComponentChildren;
}

/** Reads a dropped or picked file as a stream, so a 100 MB HAR never sits in memory whole. */
export async function importFile(file: File): Promise<CaptureReadResult> {
  return readCapture(file.stream());
}

/** Wraps the panel: a file dropped anywhere on it is imported; shows a hint while dragging. */
export function ImportZone({ onImported, children }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const handle = async (file: File) => {
    setBusy(`Reading ${file.name}…`);
    try {
      onImported(file.name, await importFile(file));
    } finally {
      setBusy(null);
    }
  };
  const drop = useFileDrop((file) => void handle(file));
  const over = drop.over;
  return (
    <div class={`import-zone${over ? ' over' : ''}`} {...drop.handlers}>
      {children}
      {over && <div class="drop-hint">Drop a HAR, SAML-tracer or trace file to analyse it</div>}
      {busy && (
        <div class="busy" role="status">
          {busy}
        </div>
      )}
    </div>
  );
}

export function ImportButton({ onImported }: { onImported(name: string, result: CaptureReadResult): void }) {
  return (
    <label class="file-button" data-testid="import-button">
      Import HAR / trace…
      <input
        type="file"
        accept=".har,.json,application/json"
        data-testid="import-input"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const f = input.files?.[0];
          if (f) void importFile(f).then((r) => onImported(f.name, r));
          input.value = '';
        }}
      />
    </label>
  );
}
