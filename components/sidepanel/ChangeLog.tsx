import type { ChangeEntry } from '@/utils/setup/session';
import { changelogCsv, changelogJson } from '@/utils/setup/changelog';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Every value the assistant wrote, newest first, exportable as JSON or CSV. */
export function ChangeLog({ entries }: { entries: ChangeEntry[] }) {
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section class="changelog" aria-labelledby="changelog-h">
      <h2 id="changelog-h">Change log ({entries.length})</h2>
      {entries.length === 0 ? (
        <p class="muted">The assistant has not changed anything yet.</p>
      ) : (
        <>
          {/* A list, not a table: the side panel is too narrow for five columns of URLs. */}
          <ol class="changelog-entries" aria-label="Values the assistant wrote">
            {[...entries].reverse().map((e, i) => (
              <li key={`${e.at}|${e.field}|${i}`}>
                <div class="changelog-head">
                  <strong>{e.field}</strong>
                  <span class="muted">
                    {e.portal === 'entra' ? 'Entra' : 'JustCall'} · <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString()}</time>
                  </span>
                </div>
                <div class="changelog-values">
                  <span class="muted">was</span> <code>{e.old || '(empty)'}</code>
                  <span class="muted">now</span> <code>{e.new || '(empty)'}</code>
                </div>
              </li>
            ))}
          </ol>
          <div class="row">
            <button
              type="button"
              onClick={() => download(`sso-assistant-changes-${stamp}.json`, 'application/json', changelogJson(entries))}
            >
              Export JSON
            </button>
            <button type="button" onClick={() => download(`sso-assistant-changes-${stamp}.csv`, 'text/csv', changelogCsv(entries))}>
              Export CSV
            </button>
          </div>
        </>
      )}
    </section>
  );
}
