import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { JustCallUser, WorldState } from '../state';

/**
 * JustCall's SCIM 2.0 users: the mapping between SCIM User resources and
 * JustCall users, and the PATCH operations Entra sends.
 */

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** Entra sends booleans as strings ("False") in PATCH values. */
const scimBool = z.union([z.boolean(), z.enum(['True', 'False', 'true', 'false']).transform((v) => v.toLowerCase() === 'true')]);

const emailSchema = z.object({ value: z.string(), type: z.string().optional(), primary: scimBool.optional() });

export const scimUserBody = z.object({
  schemas: z.array(z.string()).optional(),
  userName: z.string().min(1),
  externalId: z.string().optional(),
  active: scimBool.optional(),
  displayName: z.string().optional(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  emails: z.array(emailSchema).optional(),
});
export type ScimUserBody = z.infer<typeof scimUserBody>;

export const scimPatchBody = z.object({
  schemas: z.array(z.string()).optional(),
  Operations: z
    .array(
      z.object({
        op: z.string().transform((s) => s.toLowerCase()),
        path: z.string().optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1),
});

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toScimUser(u: JustCallUser): Record<string, unknown> {
  return {
    schemas: [SCIM_USER_SCHEMA],
    id: u.id,
    externalId: u.externalId,
    userName: u.userName ?? u.email,
    name: { givenName: u.firstName, familyName: u.lastName },
    displayName: `${u.firstName} ${u.lastName}`.trim(),
    emails: [{ value: u.email, type: 'work', primary: true }],
    active: u.active,
    meta: { resourceType: 'User', location: `Users/${u.id}` },
  };
}

/** The email JustCall keeps: the primary/work email if given, else the userName. */
export function emailFrom(body: ScimUserBody): string {
  const emails = body.emails ?? [];
  const chosen = emails.find((e) => e.primary === true) ?? emails.find((e) => e.type === 'work') ?? emails[0];
  return (chosen?.value || body.userName).trim();
}

export function validEmail(email: string): boolean {
  return EMAIL_RE.test(email);
}

/** SCIM userName match: the userName the client sent, else the email. */
export function matchesUserName(u: JustCallUser, userName: string): boolean {
  return (u.userName ?? u.email).toLowerCase() === userName.toLowerCase();
}

export function findByEmail(state: WorldState, email: string): JustCallUser | undefined {
  const key = email.trim().toLowerCase();
  return state.justcall.users.find((u) => u.email.toLowerCase() === key);
}

export function newScimUser(body: ScimUserBody): JustCallUser {
  return {
    id: randomUUID(),
    email: emailFrom(body),
    firstName: body.name?.givenName ?? '',
    lastName: body.name?.familyName ?? '',
    role: 'Agent',
    active: body.active ?? true,
    source: 'scim',
    externalId: body.externalId,
    userName: body.userName,
  };
}

/** Applies one PATCH attribute (path, value) to a user; returns an error text for an unsupported path. */
function applyPath(u: JustCallUser, path: string, value: unknown): string | null {
  const p = path.trim().toLowerCase();
  const text = typeof value === 'string' ? value : '';
  if (p === 'active') {
    const parsed = scimBool.safeParse(value);
    if (!parsed.success) return `active must be a boolean`;
    u.active = parsed.data;
  } else if (p === 'username') {
    if (!text) return 'userName must not be empty';
    u.userName = text;
  } else if (p.startsWith('emails')) {
    if (!validEmail(text)) return `${path} must be an email address`;
    u.email = text;
  } else if (p === 'name.givenname') {
    u.firstName = text;
  } else if (p === 'name.familyname') {
    u.lastName = text;
  } else if (p === 'externalid') {
    u.externalId = text;
  } else if (p === 'displayname') {
    // JustCall derives the display name from first and last name.
  } else {
    return `Unsupported attribute path: ${path}`;
  }
  return null;
}

export function applyPatch(u: JustCallUser, ops: z.infer<typeof scimPatchBody>['Operations']): string | null {
  for (const op of ops) {
    if (op.op !== 'replace' && op.op !== 'add') return `Unsupported PATCH op: ${op.op}`;
    if (op.path) {
      const err = applyPath(u, op.path, op.value);
      if (err) return err;
    } else if (op.value && typeof op.value === 'object') {
      for (const [k, v] of Object.entries(op.value)) {
        if (k === 'name' && v && typeof v === 'object') {
          for (const [nk, nv] of Object.entries(v)) {
            const err = applyPath(u, `name.${nk}`, nv);
            if (err) return err;
          }
          continue;
        }
        const err = applyPath(u, k, v);
        if (err) return err;
      }
    } else {
      return 'PATCH operation without path needs an object value';
    }
  }
  return null;
}
