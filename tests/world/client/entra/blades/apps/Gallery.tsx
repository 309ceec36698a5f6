import { useState } from 'react';
import { CommandBar } from '../ui';
import { CreateOwnAppPane } from './CreateOwnAppPane';

const FEATURED = [
  'Microsoft Entra SAML Toolkit',
  'Salesforce',
  'ServiceNow',
  'Zoom',
  'Workday',
  'Slack',
  'Atlassian Cloud',
  'Adobe Identity Management',
];

/** "Browse Microsoft Entra Gallery", with "Create your own application". */
export function Gallery() {
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [note, setNote] = useState('');
  return (
    <div className="page">
      <CommandBar
        buttons={[
          { label: 'Create your own application', icon: '+', onClick: () => setCreating(true) },
          { label: 'Request new gallery app', icon: '✉', onClick: () => undefined, disabled: true },
          { label: 'Got feedback?', icon: '♡', onClick: () => undefined, disabled: true },
        ]}
      />
      <p className="muted">
        The Microsoft Entra App Gallery is a catalog of thousands of apps that make it easy to deploy and configure single sign-on (SSO) and
        automated user provisioning.
      </p>
      <input
        type="search"
        className="gallery-search"
        aria-label="Search application"
        placeholder="Search application"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <h3>Featured applications</h3>
      {note && (
        <div className="info-bar" role="status">
          {note}
        </div>
      )}
      <div className="gallery-tiles">
        {FEATURED.filter((n) => n.toLowerCase().includes(search.trim().toLowerCase())).map((name) => (
          <button
            key={name}
            type="button"
            className="gallery-tile"
            onClick={() => setNote('Gallery applications are not available in this simulated tenant. Use "Create your own application".')}
          >
            <span className="app-logo big" aria-hidden="true">
              {name.slice(0, 2).toUpperCase()}
            </span>
            <span>{name}</span>
          </button>
        ))}
      </div>
      {creating && <CreateOwnAppPane onClose={() => setCreating(false)} />}
    </div>
  );
}
