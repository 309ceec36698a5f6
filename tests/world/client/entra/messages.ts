import { z } from 'zod';

/** postMessage traffic between the shell, the React blade iframe and the Knockout iframe. */
export const NavigateMessageSchema = z.object({ type: z.literal('world:navigate'), hash: z.string().startsWith('#') });
export const AppChangedMessageSchema = z.object({ type: z.literal('world:appChanged') });
export const ShellMessageSchema = z.union([NavigateMessageSchema, AppChangedMessageSchema]);

export const AdminCredentialsMessageSchema = z.object({
  type: z.literal('world:adminCredentials'),
  objectId: z.string(),
  tenantUrl: z.string(),
  secretToken: z.string(),
});
export type AdminCredentialsMessage = z.infer<typeof AdminCredentialsMessageSchema>;
