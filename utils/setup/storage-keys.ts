/** Where the setup session lives: storage.local, no secrets (see ./session). */
export const SETUP_SESSION_KEY = 'setupSession.v1';
/** The SCIM Secret Token alone, in storage.session; removed once it was filled into Entra. */
export const SCIM_TOKEN_KEY = 'setupScimToken';
