import { DEFAULT_UI_OPTIONS, PORTAL_CONFIG_ELEMENT_ID, PortalConfigSchema, type PortalConfig } from '../../../server/ui-options';

/** The environment the server embedded in the page; defaults when it is missing or malformed. */
export function readPortalConfig(): PortalConfig {
  const el = document.getElementById(PORTAL_CONFIG_ELEMENT_ID);
  try {
    const parsed = PortalConfigSchema.safeParse(JSON.parse(el?.textContent ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the defaults
  }
  return { ui: DEFAULT_UI_OPTIONS, cloud: 'public' };
}
