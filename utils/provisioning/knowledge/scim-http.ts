import type { Explained } from './types';

/**
 * What an HTTP status from JustCall's SCIM endpoint means for provisioning:
 * the statuses of RFC 7644 Table 8, plus 422 and 429, which Entra's own
 * error table names (facts §5.1, §5.3). `inTable8` tells them apart.
 */

export interface HttpKnowledge extends Explained {
  status: number;
  name: string;
  inTable8: boolean;
}

const URL_STEP =
  'In Entra, open the JustCall app > Provisioning > Admin Credentials; paste the Tenant URL exactly as JustCall shows it under Settings > Security > Provisioning, Test Connection, Save.';

function h(status: number, name: string, inTable8: boolean, e: Omit<Explained, 'evidence' | 'source'>): HttpKnowledge {
  return { status, name, inTable8, ...e, evidence: 'documented', source: inTable8 ? '§5.1 (RFC 7644 Table 8), §5.3' : '§5.3' };
}

export const HTTP_STATUSES: readonly HttpKnowledge[] = [
  h(307, 'Temporary Redirect', true, {
    title: 'JustCall redirected the request elsewhere',
    cause: 'The SCIM endpoint answered with a redirect, which usually means the Tenant URL is an old or alternative address.',
    fix: URL_STEP,
    step: 'scim',
  }),
  h(308, 'Permanent Redirect', true, {
    title: 'JustCall says the SCIM endpoint has moved',
    cause: 'The SCIM endpoint answered with a permanent redirect: the Tenant URL in Entra is outdated.',
    fix: URL_STEP,
    step: 'scim',
  }),
  h(400, 'Bad Request', true, {
    title: 'JustCall found the request invalid',
    cause: 'The request could not be parsed or breaks JustCall’s schema; JustCall’s scimType and detail, when given, say which part.',
    fix: 'Correct the attribute JustCall names, in the mapping or on the user (In Entra: the JustCall app > Provisioning > Attribute mapping).',
    step: 'scim',
  }),
  h(401, 'Unauthorized', true, {
    title: 'JustCall did not accept the Secret Token',
    cause: 'The Authorization header was missing or its token is invalid: typically the Secret Token was regenerated in JustCall.',
    fix: 'Copy the current Secret Token from JustCall (Settings > Security > Provisioning), paste it into Entra’s Admin Credentials, Test Connection, Save; Restart provisioning if quarantined.',
    step: 'scim',
  }),
  h(403, 'Forbidden', true, {
    title: 'JustCall recognised the token but refused the operation',
    cause: 'The token is valid but does not permit this operation.',
    fix: 'Generate the Secret Token as JustCall’s account owner or an admin who may manage users, and save it in Entra’s Admin Credentials.',
    step: 'scim',
  }),
  h(404, 'Not Found', true, {
    title: 'JustCall did not find the resource or the endpoint',
    cause:
      'Either the user no longer exists in JustCall, or (when a lookup or Test Connection gets it) the Tenant URL does not point at JustCall’s SCIM endpoint; Entra calls the latter a “SCIM Compliance issue” and quarantines the job.',
    fix: `If every request fails: ${URL_STEP} If one user fails, the JustCall user was probably deleted; Restart provisioning to re-match, or unassign the user.`,
    step: 'scim',
  }),
  h(409, 'Conflict', true, {
    title: 'JustCall already has a user with this value',
    cause:
      'JustCall refused to create a duplicate (or the version did not match). For a create this is the “uniqueness” case: the e-mail or userName is already taken.',
    fix: 'Make the matching attribute agree with the value JustCall holds (In Entra: the JustCall app > Provisioning > Attribute mapping > userName, matching precedence 1), or remove the duplicate in JustCall.',
    step: 'scim',
  }),
  h(412, 'Precondition Failed', true, {
    title: 'JustCall says the user changed in the meantime',
    cause: 'The update was based on a version of the user that JustCall no longer has.',
    fix: 'Nothing to do at first: the next cycle reads the user again and retries.',
    step: null,
  }),
  h(413, 'Payload Too Large', true, {
    title: 'The request was larger than JustCall accepts',
    cause: 'A request (typically a large group membership change) exceeded JustCall’s size or operation limits.',
    fix: 'Provision smaller groups, or ask JustCall support for their limits.',
    step: null,
  }),
  h(422, 'Unprocessable Entity', false, {
    title: 'JustCall could not process the values sent',
    cause: 'The request was well formed, but JustCall rejected its content.',
    fix: 'Look at the event’s modified properties for the refused value and correct the mapping or the user.',
    step: 'scim',
  }),
  h(429, 'Too Many Requests', false, {
    title: 'JustCall asked Entra to slow down',
    cause: 'JustCall’s rate limit was reached.',
    fix: 'Nothing to change: Entra retries automatically. Contact JustCall support if it persists.',
    step: null,
  }),
  h(500, 'Internal Server Error', true, {
    title: 'JustCall’s SCIM service failed',
    cause: 'An error inside JustCall’s service.',
    fix: 'Nothing to change in Entra: retried in about 40 minutes. Report persistent failures to JustCall support.',
    step: null,
  }),
  h(501, 'Not Implemented', true, {
    title: 'JustCall does not support this operation',
    cause: 'JustCall’s SCIM API does not implement the request (for example a PATCH form or groups).',
    fix: 'Turn off the failing Target object action or the groups mapping, or ask JustCall support.',
    step: 'scim',
  }),
];

/** Any other 5xx is read like 500. */
export function httpKnowledge(status: number): HttpKnowledge | null {
  const exact = HTTP_STATUSES.find((s) => s.status === status);
  if (exact) return exact;
  if (status >= 500 && status <= 599) {
    const base = HTTP_STATUSES.find((s) => s.status === 500);
    const names: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
    return base ? { ...base, status, name: names[status] ?? 'Server Error', inTable8: false } : null;
  }
  return null;
}

/** .NET's HttpStatusCode names, as Entra prints them ("StatusCode: BadRequest"). */
export const STATUS_NAMES: Readonly<Record<string, number>> = {
  temporaryredirect: 307,
  permanentredirect: 308,
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  methodnotallowed: 405,
  conflict: 409,
  preconditionfailed: 412,
  requestentitytoolarge: 413,
  payloadtoolarge: 413,
  unprocessableentity: 422,
  toomanyrequests: 429,
  internalservererror: 500,
  notimplemented: 501,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
};
