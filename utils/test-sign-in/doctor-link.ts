import { z } from 'zod';

/**
 * "Open in the login doctor": the standalone doctor tab, narrowed to one tab's
 * captures with one capture selected. Carried in the URL's hash so the doctor
 * page needs no message to know what to show.
 */
export const DoctorFocus = z.object({
  tabId: z.number().int(),
  recordId: z.string().min(1).max(80).optional(),
});
export type DoctorFocus = z.infer<typeof DoctorFocus>;

export const DOCTOR_PAGE = 'devtools-panel.html';

export function doctorFocusHash(focus: DoctorFocus): string {
  const params = new URLSearchParams({ tab: String(focus.tabId) });
  if (focus.recordId) params.set('record', focus.recordId);
  return `#${params.toString()}`;
}

/** The focus a hash asks for, or null when it names none (or names it badly). */
export function parseDoctorFocus(hash: string): DoctorFocus | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tab = params.get('tab');
  if (tab === null || !/^-?\d{1,12}$/.test(tab)) return null;
  const record = params.get('record');
  const parsed = DoctorFocus.safeParse(record ? { tabId: Number(tab), recordId: record } : { tabId: Number(tab) });
  return parsed.success ? parsed.data : null;
}
