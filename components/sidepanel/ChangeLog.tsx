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
          <table>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Portal</th>
                <th scope="col">Field</th>
                <th scope="col">Old</th>
                <th scope="col">New</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((e, i) => (
                <tr key={`${e.at}|${e.field}|${i}`}>
                  <td>{new Date(e.at).toLocaleTimeString()}</td>
                  <td>{e.portal === 'entra' ? 'Entra' : 'JustCall'}</td>
                  <td>{e.field}</td>
                  <td><code>{e.old || '(empty)'}</code></td>
                  <td><code>{e.new}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="row">
            <button type="button" onClick={() => download(`sso-assistant-changes-${stamp}.json`, 'application/json', changelogJson(entries))}>
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
