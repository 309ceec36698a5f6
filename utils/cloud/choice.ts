import { z } from 'zod/mini';
import { CLOUD_IDS, type CloudId } from '@/utils/hosts';

/**
 * The Microsoft cloud the admin works in. storage.local: it is a preference,
 * not a secret, and it must outlive a browser restart, as the content scripts
 * registered for it do. Anything unreadable counts as the public cloud.
 */

export const CLOUD_CHOICE_KEY = 'cloudChoice.v1';

export const CloudIdSchema = z.enum(CLOUD_IDS);
export const CloudChoice = z.object({ cloud: CloudIdSchema, at: z.string().check(z.maxLength(40)) });
export type CloudChoice = z.infer<typeof CloudChoice>;

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readCloudChoice(area: LocalArea): Promise<CloudId> {
  try {
    const parsed = CloudChoice.safeParse((await area.get(CLOUD_CHOICE_KEY))[CLOUD_CHOICE_KEY]);
    return parsed.success ? parsed.data.cloud : 'public';
  } catch {
    return 'public';
  }
}

export function writeCloudChoice(area: LocalArea, cloud: CloudId, now: Date = new Date()): Promise<void> {
  const choice: CloudChoice = { cloud, at: now.toISOString() };
  return area.set({ [CLOUD_CHOICE_KEY]: choice });
}
