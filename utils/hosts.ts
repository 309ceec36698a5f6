// The named hosts the extension works on. Kept in one place so the manifest,
// the content-script matches and the recorder's filters cannot drift apart.

export const ENTRA_PAGE_MATCHES = [
  'https://entra.microsoft.com/*',
  'https://portal.azure.com/*',
  'https://*.reactblade.portal.azure.net/*',
  'https://*.hosting.portal.azure.net/*',
] as const;

export const JUSTCALL_PAGE_MATCHES = ['https://app.justcall.io/*'] as const;

export const LOGIN_MATCHES = ['https://login.microsoftonline.com/*'] as const;

/** JustCall's ACS lives on bifrost.justcall.io; the recorder watches all JustCall hosts. */
export const JUSTCALL_ALL_HOSTS = ['https://*.justcall.io/*'] as const;

export const HOST_PERMISSIONS = [...ENTRA_PAGE_MATCHES, ...LOGIN_MATCHES, ...JUSTCALL_ALL_HOSTS] as const;

/** An ACS on another host is recorded only after the admin grants that host. */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*'] as const;
