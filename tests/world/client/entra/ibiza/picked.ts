/** What the user/group picker pane hands back to Add Assignment (both stacks), and how that blade shows it. */
import { z } from 'zod';
import { PrincipalViewSchema, type PrincipalView } from '../../../server/portal-api/views';
import type { T } from './strings';

export const PickedSchema = z.object({ picked: z.array(PrincipalViewSchema) });

export function selectionText(selected: PrincipalView[], t: T): string {
  return selected.length === 0 ? t('noneSelected') : t('nSelected', { n: selected.length });
}
