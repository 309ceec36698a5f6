/**
 * How the world draws its portals: which UI stack the Entra blades use, how
 * slowly views load, in which language, which provisioning and JustCall
 * layouts. Set at start (startWorld, main.ts flags) or through the test API;
 * a world reset keeps them. Pure: shared with the portal UIs.
 */
import { z } from 'zod';

export const PORTAL_UIS = ['classic', 'fluent', 'knockout', 'mixed'] as const;
export const PORTAL_LANGS = ['en', 'de', 'ja'] as const;
export const PROVISIONING_UIS = ['classic', 'new'] as const;
export const BASIC_SAML_VARIANTS = ['non-gallery', 'gallery'] as const;
export const JUSTCALL_LAYOUTS = ['seed', 'sso-url-paste', 'entry-point', 'saml-endpoint', 'side-card'] as const;

export type PortalUi = (typeof PORTAL_UIS)[number];
export type PortalLang = (typeof PORTAL_LANGS)[number];
export type JustCallLayoutName = (typeof JUSTCALL_LAYOUTS)[number];

/** Views never draw instantly: the shortest delay the world accepts. */
export const MIN_LOAD_DELAY_MS = 100;

export const WorldUiOptionsSchema = z.object({
  portalUi: z.enum(PORTAL_UIS),
  /** How long each Entra view takes to draw (React views and Knockout blades alike). */
  loadDelayMs: z.number().int().min(MIN_LOAD_DELAY_MS).max(600_000),
  portalLang: z.enum(PORTAL_LANGS),
  provisioningUi: z.enum(PROVISIONING_UIS),
  basicSaml: z.enum(BASIC_SAML_VARIANTS),
  justcallLayout: z.enum(JUSTCALL_LAYOUTS),
  /** Picks the React-view host (family and sandbox number) of each view, deterministically. */
  seed: z.number().int().min(0).max(1_000_000),
});
export type WorldUiOptions = z.infer<typeof WorldUiOptionsSchema>;

export const DEFAULT_UI_OPTIONS: WorldUiOptions = {
  portalUi: 'classic',
  // "About 15 s" was recorded for one real React view; a few seconds keeps the demo bearable.
  loadDelayMs: 3000,
  portalLang: 'en',
  provisioningUi: 'classic',
  basicSaml: 'non-gallery',
  justcallLayout: 'seed',
  seed: 1,
};

export const PartialUiOptionsSchema = WorldUiOptionsSchema.partial().strict();

/** Defaults overlaid with what was given; throws a readable error for a bad value. */
export function resolveUiOptions(given: unknown = {}): WorldUiOptions {
  const parsed = PartialUiOptionsSchema.safeParse(given);
  if (!parsed.success)
    throw new Error(`Invalid world UI options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...DEFAULT_UI_OPTIONS, ...parsed.data };
}

/** The locale a real shell passes to its React views, e.g. "de-de". */
export function localeOf(lang: PortalLang): string {
  return { en: 'en-us', de: 'de-de', ja: 'ja-jp' }[lang];
}

export function langOfLocale(locale: string | null): PortalLang | null {
  const l = (locale ?? '').toLowerCase().slice(0, 2);
  return (PORTAL_LANGS as readonly string[]).includes(l) ? (l as PortalLang) : null;
}

/** What the Entra pages of the Ibiza-style drawing are told at load (a real shell embeds its environment the same way). */
export const PortalConfigSchema = z.object({
  ui: WorldUiOptionsSchema,
  cloud: z.enum(['public', 'china']),
});
export type PortalConfig = z.infer<typeof PortalConfigSchema>;

/** The id of the <script type="application/json"> element that carries a PortalConfig. */
export const PORTAL_CONFIG_ELEMENT_ID = 'fx-environment';
