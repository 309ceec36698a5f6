/**
 * The AADSTS errors the simulated sign-in service raises, worded after
 * Microsoft's messages.
 */

export interface AadstsError {
  code: string;
  message: string;
  /** HTTP status of the error page (the real page uses 200 for most, 400 for malformed requests). */
  status: number;
}

export const aadsts = {
  replyUrlMismatch: (acs: string, appId: string): AadstsError => ({
    code: 'AADSTS50011',
    message: `The redirect URI '${acs}' specified in the request does not match the redirect URIs configured for the application '${appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
    status: 200,
  }),
  appNotFound: (identifier: string, tenantName: string): AadstsError => ({
    code: 'AADSTS700016',
    message: `Application with identifier '${identifier}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    status: 200,
  }),
  notAssigned: (appName: string, appId: string, upn: string): AadstsError => ({
    code: 'AADSTS50105',
    message: `Your administrator has configured the application ${appName} ('${appId}') to block users unless they are specifically granted ('assigned') access to the application. The signed in user '${upn}' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator. Please contact your administrator to assign access to this application.`,
    status: 200,
  }),
  userDisabled: (): AadstsError => ({
    code: 'AADSTS50057',
    message: 'The user account is disabled.',
    status: 200,
  }),
  samlRequestMissing: (): AadstsError => ({
    code: 'AADSTS750054',
    message: 'SAMLRequest or SAMLResponse must be present as query string parameters in HTTP request for SAML Redirect binding.',
    status: 400,
  }),
  invalidRequest: (detail: string): AadstsError => ({
    code: 'AADSTS75005',
    message: `The request is not a valid Saml2 protocol message. (${detail})`,
    status: 400,
  }),
  tenantNotFound: (tenant: string): AadstsError => ({
    code: 'AADSTS90002',
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing in to the correct cloud.`,
    status: 400,
  }),
  noReplyAddress: (appId: string): AadstsError => ({
    code: 'AADSTS500113',
    message: `No reply address is registered for the application '${appId}'.`,
    status: 200,
  }),
  signingKeyMissing: (appId: string): AadstsError => ({
    code: 'AADSTS50003',
    message: `No signing key configured for the application '${appId}': it has no active SAML signing certificate.`,
    status: 200,
  }),
  flowExpired: (): AadstsError => ({
    code: 'AADSTS90014',
    message: 'The sign-in request is missing or has expired (no such sign-in flow). Start the sign-in again from the application.',
    status: 400,
  }),
};
