import type { ProvisioningEvent } from '@/utils/provisioning/types';

/** Rows shown at most, so a 100,000-record download stays responsive; the export holds them all. */
const MAX_ROWS = 500;

function who(e: ProvisioningEvent): string {
  const id = e.sourceIdentity ?? e.targetIdentity;
  return id?.displayName ?? e.reportableIdentifier ?? id?.id ?? '—';
}

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 19).replace('T', ' ')} UTC` : '—';
}

/** The events as the portal's Provisioning logs grid lists them: date, identity, action, status, error code. */
export function ProvisioningEvents({ events, indexes }: { events: readonly ProvisioningEvent[]; indexes: readonly number[] | null }) {
  const shown = (indexes ?? events.map((_, i) => i)).slice(0, MAX_ROWS);
  const total = indexes?.length ?? events.length;
  if (total === 0) return <p class="muted">No provisioning events in this file.</p>;
  return (
    <>
      <table class="prov-events" data-testid="provisioning-events">
        <thead>
          <tr>
            <th>Date</th>
            <th>Identity</th>
            <th>Action</th>
            <th>Status</th>
            <th>Error code</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => {
            const e = events[i];
            if (!e) return null;
            return (
              <tr key={i} class={`prov-${e.status}`} data-status={e.status}>
                <td>{when(e.time)}</td>
                <td>{who(e)}</td>
                <td>{e.actionLabel ?? e.action}</td>
                <td>{e.status}</td>
                <td class="mono">{e.error?.errorCode ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > shown.length && (
        <p class="muted">
          {shown.length} of {total} events shown; the export holds them all.
        </p>
      )}
    </>
  );
}
