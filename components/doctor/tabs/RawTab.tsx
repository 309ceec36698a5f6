import type { AnalysedItem } from '@/utils/doctor/analysed';
import { copyText } from '@/components/doctor/platform';

/** The message as it travelled: URL, form body or base64. */
export function RawTab({ entry }: { entry: AnalysedItem }) {
  const item = entry.item;
  const encoded = entry.analysis?.decoded?.encoded ?? entry.trace.stored?.encoded ?? '';
  const carrier =
    item.type === 'saml' ? (item.carrier.via === 'post' ? item.carrier.body : item.carrier.via === 'redirect' ? item.carrier.url : '') : '';
  return (
    <div class="raw">
      <p>
        <strong>{item.method}</strong> <span class="mono">{item.url}</span>
      </p>
      {encoded && (
        <>
          <div class="row-actions">
            <button type="button" onClick={() => void copyText(encoded)}>
              Copy encoded message
            </button>
          </div>
          <pre class="mono wrap" data-testid="raw-encoded">
            {encoded}
          </pre>
        </>
      )}
      {carrier && carrier !== encoded && (
        <details>
          <summary>As carried</summary>
          <pre class="mono wrap">{carrier}</pre>
        </details>
      )}
      {!encoded && !carrier && <p class="muted">No encoded form: this is an Entra error page.</p>}
    </div>
  );
}
