import type { AnalysedItem } from '@/utils/doctor/analysed';
import type { CaptureReadResult } from '@/utils/saml/har';
import { ExportBar } from './ExportBar';
import { ImportButton } from './ImportZone';
import type { ProvisioningImported } from './provisioning/ProvisioningView';

export type DoctorView = 'live' | 'import' | 'provisioning';

export interface Imported {
  name: string;
  result: CaptureReadResult;
}

interface Props {
  mode: 'devtools' | 'tab';
  view: DoctorView;
  onView(view: DoctorView): void;
  liveCount: number;
  imported: Imported | null;
  provisioning: ProvisioningImported | null;
  onFile(file: File): void;
  onClear(): void;
  samlOnly: boolean;
  onSamlOnly(samlOnly: boolean): void;
  search: string;
  onSearch(search: string): void;
  entries: readonly AnalysedItem[];
}

/** The doctor's toolbar: which captures to show, import, clear, filter, search and export. */
export function Toolbar(p: Props) {
  return (
    <header class="toolbar">
      <h1>SSO Doctor</h1>
      <div class="segmented" role="group" aria-label="Source">
        <button type="button" aria-pressed={p.view === 'live'} onClick={() => p.onView('live')}>
          {p.mode === 'devtools' ? 'This tab' : 'Captured'} ({p.liveCount})
        </button>
        {p.imported && (
          <button
            type="button"
            class="imported-name"
            title={p.imported.name}
            aria-pressed={p.view === 'import'}
            onClick={() => p.onView('import')}
            data-testid="view-import"
          >
            {/* A long HAR file name is cut with an ellipsis (the full name in the tooltip) so the toolbar stays on one line. */}
            <span class="name">{p.imported.name}</span> ({p.imported.result.items.length})
          </button>
        )}
        {p.provisioning && (
          <button
            type="button"
            aria-pressed={p.view === 'provisioning'}
            onClick={() => p.onView('provisioning')}
            data-testid="view-provisioning"
          >
            Provisioning: {p.provisioning.name}
          </button>
        )}
      </div>
      <ImportButton onFile={p.onFile} />
      {p.view === 'live' && (
        <button type="button" onClick={p.onClear}>
          Clear
        </button>
      )}
      <div class="segmented" role="group" aria-label="Filter">
        <button type="button" aria-pressed={p.samlOnly} onClick={() => p.onSamlOnly(true)}>
          SAML only
        </button>
        <button type="button" aria-pressed={!p.samlOnly} onClick={() => p.onSamlOnly(false)}>
          All
        </button>
      </div>
      <input
        type="search"
        class="search"
        placeholder="Filter messages"
        aria-label="Filter messages"
        value={p.search}
        onInput={(e) => p.onSearch((e.currentTarget as HTMLInputElement).value)}
      />
      <ExportBar entries={p.entries} />
    </header>
  );
}
