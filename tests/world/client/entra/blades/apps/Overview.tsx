import { appRoute } from '../../route';
import type { AppProps } from '../BladeApp';
import { hrefFor, navigate } from '../nav';

/** The app's Overview: properties and the "Getting Started" tiles. */
export function Overview({ app }: AppProps) {
  const tiles = [
    {
      n: 1,
      title: 'Assign users and groups',
      text: 'Provide specific users and groups access to the applications',
      link: 'Assign users and groups',
      route: appRoute(app, 'UsersAndGroups'),
    },
    {
      n: 2,
      title: 'Set up single sign on',
      text: 'Enable users to sign into their application using their Microsoft Entra credentials',
      link: 'Get started',
      route: appRoute(app, 'SignOn', app.ssoMode === 'saml'),
    },
    {
      n: 3,
      title: 'Provision User Accounts',
      text: 'Automatically create and delete user accounts in the application',
      link: 'Get started',
      route: appRoute(app, 'Provisioning'),
    },
  ];
  return (
    <div className="page">
      <section className="card" aria-label="Properties">
        <h2>Properties</h2>
        <dl className="props">
          <dt>Name</dt>
          <dd>{app.name}</dd>
          <dt>Application ID</dt>
          <dd className="mono">{app.appId}</dd>
          <dt>Object ID</dt>
          <dd className="mono">{app.objectId}</dd>
        </dl>
      </section>
      <h2>Getting Started</h2>
      <div className="getting-started">
        {tiles.map((t) => (
          <div key={t.n} className="card tile">
            <h3>
              {t.n}. {t.title}
            </h3>
            <p className="muted">{t.text}</p>
            <a
              href={hrefFor(t.route)}
              onClick={(e) => {
                e.preventDefault();
                navigate(t.route);
              }}
            >
              {t.link}
            </a>
          </div>
        ))}
      </div>
    </div>
  );
}
