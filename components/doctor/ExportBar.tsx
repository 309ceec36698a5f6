import { useState } from 'preact/hooks';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import { buildExport, UNREDACTED_CONTENTS, type ExportKind } from '@/utils/doctor/exports';
import { ConfirmDialog } from './ConfirmDialog';
import { download } from './platform';

/** Export a Markdown report or our JSON trace; redacted unless the user confirms otherwise. */
export function ExportBar({ entries }: { entries: readonly AnalysedItem[] }) {
  const [unredacted, setUnredacted] = useState(false);
  const [pending, setPending] = useState<ExportKind | null>(null);
  const run = (kind: ExportKind, redact: boolean) => {
    const out = buildExport(kind, entries, redact);
    download(out.name, out.text, out.type);
  };
  const start = (kind: ExportKind) => (unredacted ? setPending(kind) : run(kind, true));
  return (
    <div class="export-bar">
      <button type="button" disabled={entries.length === 0} onClick={() => start('markdown')} data-testid="export-markdown">
        Export report (.md)
      </button>
      <button type="button" disabled={entries.length === 0} onClick={() => start('trace')} data-testid="export-trace">
        Export trace (.json)
      </button>
      <label class="inline">
        <input type="checkbox" checked={unredacted} onChange={(e) => setUnredacted((e.currentTarget as HTMLInputElement).checked)} />
        Unredacted
      </label>
      {pending && (
        <ConfirmDialog
          title="Export without redaction?"
          items={UNREDACTED_CONTENTS}
          confirmLabel="Export unredacted"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            run(pending, false);
            setPending(null);
          }}
        />
      )}
    </div>
  );
}
