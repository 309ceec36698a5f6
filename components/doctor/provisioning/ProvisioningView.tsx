import { useState } from 'preact/hooks';
import { buildProvisioningExport, renderProvisioningReport } from '@/utils/provisioning/report';
import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import { download } from '@/components/doctor/platform';
import { ProvisioningEvents } from './ProvisioningEvents';
import { ProvisioningFindings } from './ProvisioningFindings';

export interface ProvisioningImported {
  name: string;
  analysis: ProvisioningAnalysis;
}

const KIND_NAMES: Record<ProvisioningAnalysis['kind'], string> = {
  graph: 'Graph provisioning logs',
  'download-json': 'Provisioning logs download (JSON)',
  'download-csv': 'Provisioning logs download (CSV)',
  'on-demand': 'Provision on demand result',
  job: 'Provisioning job status',
  'azure-monitor': 'AADProvisioningLogs (Log Analytics)',
  mixed: 'Provisioning exports',
  unknown: 'Not a provisioning export',
};

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, '') || 'provisioning';
}

/**
 * The provisioning doctor, beside the SAML timeline: the last cycle's
 * headline and top cause, the job's state, every finding with its fix and
 * setup step, and the events. Exports are always redacted (user names,
 * e-mails, UPNs, object ids).
 */
export function ProvisioningView({ imported }: { imported: ProvisioningImported }) {
  const { analysis: a, name } = imported;
  const [picked, setPicked] = useState<string | null>(null);
  const tone = a.findings.some((f) => f.severity === 'error')
    ? 'error'
    : a.findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'ok';
  const stamp = () => new Date().toISOString();
  return (
    <section class={`provisioning diagnosis tone-${tone}`} data-testid="provisioning-view" data-kind={a.kind}>
      <p class="muted">
        {name}: {KIND_NAMES[a.kind]}, {a.events.length} event(s){a.job ? `, job ${a.job.code}` : ''}
      </p>
      <h2 class="diag-headline" data-testid="provisioning-headline">
        {a.summary.headline}
      </h2>
      {a.summary.topCause && (
        <p class="diag-fix" data-testid="provisioning-top-cause" data-id={a.summary.topCause.findingId}>
          <strong>Top cause: </strong>
          {a.summary.topCause.title}
        </p>
      )}
      {a.problems.length > 0 && (
        <ul class="notes" data-testid="provisioning-problems">
          {a.problems.map((p, i) => (
            <li key={i} class={p.severity === 'error' ? 'error' : undefined}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      <div class="export-bar">
        <button
          type="button"
          data-testid="provisioning-export-markdown"
          onClick={() => download(`${baseName(name)}-report.md`, renderProvisioningReport(a, { generatedAt: stamp() }), 'text/markdown')}
        >
          Export report (.md)
        </button>
        <button
          type="button"
          data-testid="provisioning-export-json"
          onClick={() =>
            download(
              `${baseName(name)}-redacted.json`,
              JSON.stringify(buildProvisioningExport(a, { generatedAt: stamp() }), null, 2),
              'application/json',
            )
          }
        >
          Export analysis (.json)
        </button>
        <span class="muted">Redacted: no user names, e-mails, UPNs or object ids.</span>
      </div>
      <ProvisioningFindings analysis={a} picked={picked} onPick={setPicked} />
      <ProvisioningEvents events={a.events} indexes={picked ? (a.evidence[picked] ?? []) : null} />
    </section>
  );
}
