import { useEffect, useState } from 'react';
import { z } from 'zod';
import { AppSummarySchema, type AppSummary } from '../../../../server/portal-api/views';
import { api, errorText } from '../../../shared/api';
import { appRoute } from '../../route';
import { hrefFor, navigate } from '../nav';
import { CommandBar, Spinner } from '../ui';

const AppsSchema = z.object({ apps: z.array(AppSummarySchema) });

/** Enterprise applications | All applications. */
export function AppsList() {
  const [apps, setApps] = useState<AppSummary[] | null>(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const load = () =>
    api(AppsSchema, 'GET', '/api/entra/apps').then(
      (r) => setApps(r.apps),
      (e: unknown) => setError(errorText(e)),
    );
  useEffect(() => {
    void load();
  }, []);
  const shown = (apps ?? []).filter((a) => {
    const q = search.trim().toLowerCase();
    return !q || a.name.toLowerCase().includes(q) || a.objectId.includes(q) || a.appId.includes(q);
  });
  return (
    <div className="page">
      <CommandBar
        buttons={[
          { label: 'New application', icon: '+', onClick: () => navigate({ blade: 'gallery' }) },
          { label: 'Refresh', icon: '↻', onClick: () => void load() },
          { label: 'Download (Export)', icon: '⤓', onClick: () => undefined, disabled: true },
          { label: 'Columns', icon: '☰', onClick: () => undefined, disabled: true },
        ]}
      />
      <p className="muted">
        View, filter, and search applications in your organization that are set up to use your Microsoft Entra tenant as their Identity
        Provider.
      </p>
      <div className="filter-row">
        <input
          type="search"
          aria-label="Search by application name or object ID"
          placeholder="Search by application name or object ID"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="pill">Application type == Enterprise Applications</span>
      </div>
      {error && (
        <div className="blade-error" role="alert">
          {error}
        </div>
      )}
      {!apps ? (
        <Spinner />
      ) : (
        <>
          <div className="muted">{shown.length} applications found</div>
          <table className="grid">
            <thead>
              <tr>
                <th>Name</th>
                <th>Object ID</th>
                <th>Application ID</th>
                <th>Homepage URL</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.objectId}>
                  <td>
                    <span className="app-logo" aria-hidden="true">
                      {a.name.slice(0, 2).toUpperCase()}
                    </span>
                    <a
                      href={hrefFor(appRoute(a, 'Overview'))}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(appRoute(a, 'Overview'));
                      }}
                    >
                      {a.name}
                    </a>
                  </td>
                  <td className="mono">{a.objectId}</td>
                  <td className="mono">{a.appId}</td>
                  <td />
                </tr>
              ))}
              {shown.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    No applications found.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
