/**
 * The values of the corpus' one imagined setup: what the seeded session
 * carries (so every fill has what it needs) and what the read-only pages show.
 * The values the pages show differ from the seeded ones and from JustCall's
 * documented defaults, so a value read from the wrong place, or a default put
 * in silently, cannot pass for the right one.
 */

export const TENANT = '3f2a9c4e-8b1d-4e6f-9a7c-2d5b8e1f4a60';

/** Carried in the seeded session, as if read from JustCall's SSO page earlier. */
export const SEEDED = {
  entityId: 'JustCall-acme-4821',
  acsUrl: 'https://bifrost.justcall.io/passport/login/callback/acme-4821',
  loginUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
  entraIdentifier: `https://sts.windows.net/${TENANT}/`,
  metadataUrl: `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=6b1e0d2a-54c3-4f8e-9d71-0a2b3c4d5e6f`,
  scimTenantUrl: 'https://api.justcall.io/scim/v2/acme-4821',
  secretToken: 'jcscim_5Qm8Zr2Lw7Tx4Nv9Kb3Hd6Pf',
} as const;

/** The sign-on URL the setup guide gives (the profile's documented value; not seeded). */
export const SIGN_ON_URL = 'https://app.justcall.io/login';

/** What JustCall's SSO pages in the corpus show as their service-provider values (read, never seeded). */
export const JUSTCALL_PAGE = {
  entityId: 'JustCall-acme-7310',
  acsUrl: 'https://bifrost.justcall.io/passport/login/callback/acme-7310',
} as const;

/** What the Entra "Set up JustCall" sections in the corpus show (read, never seeded): another tenant than the seeded one. */
const PAGE_TENANT = '9d4c1b7e-2a6f-4e38-b5d0-7c3e1f9a8b24';
export const ENTRA_PAGE = {
  loginUrl: `https://login.microsoftonline.com/${PAGE_TENANT}/saml2`,
  identifier: `https://sts.windows.net/${PAGE_TENANT}/`,
} as const;

/** The app's ids in the admin center's deep links. */
export const APP = { objectId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', appId: '6b1e0d2a-54c3-4f8e-9d71-0a2b3c4d5e6f' } as const;

/** The users and groups the corpus' grids show as assigned. */
export const ASSIGNED = ['Adele Vance', 'Sales Team', 'Alex Wilber'] as const;
