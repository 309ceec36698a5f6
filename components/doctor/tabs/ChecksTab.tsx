import type { AnalysedItem } from '@/utils/doctor/analysed';
import { stepInfo } from '@/utils/setup/steps';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** What an imported trace file says it found: shown as the file's claims, apart from the doctor's own findings. */
function ClaimedFindings({ entry }: { entry: AnalysedItem }) {
  const claimed = entry.trace.claimed;
  if (!claimed || claimed.findings.length === 0) return null;
  return (
    <section class="claimed" data-testid="claimed-findings">
      <h3>What the imported file claims (not checked here)</h3>
      <ul>
        {claimed.findings.map((f, i) => (
          <li key={`${f.id}-${i}`}>
            {f.severity}: {f.title}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every finding, worst first; then what an imported file claims, marked as its claims. */
export function ChecksTab({ entry }: { entry: AnalysedItem }) {
  const findings = [...entry.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (findings.length === 0)
    return (
      <>
        <p class="muted">Every check passed.</p>
        <ClaimedFindings entry={entry} />
      </>
    );
  return (
    <>
      <ul class="findings" data-testid="findings">
        {findings.map((f, i) => (
          <li key={`${f.id}-${i}`} class={`finding sev-${f.severity}`} data-finding={f.id}>
            <div class="f-title">
              <span class="f-sev">{f.severity}</span> {f.title}
            </div>
            <div class="f-detail">{f.detail}</div>
            {f.fix && <div class="f-fix">Fix: {f.fix}</div>}
            {f.step && <div class="f-step">Step: {stepInfo(f.step).title}</div>}
          </li>
        ))}
      </ul>
      <ClaimedFindings entry={entry} />
    </>
  );
}
