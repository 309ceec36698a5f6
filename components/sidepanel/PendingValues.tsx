import type { PendingView } from '@/utils/setup/wizard/types';
import { sendSetup } from './useSetupState';

/**
 * Values a page showed that the assistant does not use until the admin says
 * so: a different value than the one it carries, or one on a host that is not
 * its portal's (said loudly, since it could send sign-ins elsewhere).
 */
export function PendingValues({ items }: { items: PendingView[] }) {
  if (items.length === 0) return null;
  return (
    <ul class="pending" aria-label="Values waiting for your answer">
      {items.map((p) => (
        <li key={p.key} class={`pending-value ${p.reason}`} data-pending={p.key}>
          <strong>{p.reason === 'unusual-host' ? `Check this ${p.label}` : `${p.label} changed`}</strong>
          <p>{p.note}</p>
          <code class="value-text">{p.value}</code>
          <div class="value-source">{p.sourceText}</div>
          <div class="row">
            <button type="button" onClick={() => void sendSetup({ type: 'setup:settle-value', key: p.key, use: true })}>
              Use this value
            </button>
            <button type="button" onClick={() => void sendSetup({ type: 'setup:settle-value', key: p.key, use: false })}>
              {p.reason === 'unusual-host' ? 'Ignore it' : 'Keep the current value'}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
