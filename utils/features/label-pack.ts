import { z } from 'zod/mini';
import { installLabelVariants, type LabelVariants } from './labels';
import type { PortalFeature } from './types';

/**
 * The page engine's half of loading one language: the background puts the
 * frame's label pack in the extension's isolated world just before it
 * injects the engine (utils/background/engine-loader.ts); the engine checks
 * its shape and installs it on its features' labels. Page script cannot see
 * or set the isolated world's globals.
 */

/** Where the background leaves the pack; the loader's injected function repeats this literal, since it runs on its own. */
export const LABEL_PACK_GLOBAL = '__entraSsoAssistantLabels';

const Variants = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20));
export const InjectedLabelPack = z.object({
  lang: z.string().check(z.maxLength(35)),
  labels: z.record(z.string().check(z.maxLength(80)), z.record(z.string().check(z.maxLength(80)), Variants)),
});
export type InjectedLabelPack = z.infer<typeof InjectedLabelPack>;

/** A language's labels as the packs (./i18n) and the injected global both hold them. */
export interface LanguageLabels {
  lang: string;
  labels: Readonly<Record<string, Readonly<Record<string, readonly string[]>> | undefined>>;
}

/** Install a pack on these features' labels; a label it does not name keeps only its English variants. */
export function installLabelPack(features: readonly PortalFeature[], pack: LanguageLabels): void {
  const entries: (readonly [LabelVariants, readonly string[]])[] = [];
  for (const f of features) {
    const own = pack.labels[f.id];
    if (!own) continue;
    for (const [key, label] of Object.entries(f.labels)) {
      const variants = own[key];
      if (variants) entries.push([label, variants]);
    }
  }
  installLabelVariants(pack.lang, entries);
}

/** The pack the background left for this frame, if any and well-formed. */
export function installInjectedLabels(features: readonly PortalFeature[], scope: object = globalThis): string {
  const parsed = InjectedLabelPack.safeParse((scope as Record<string, unknown>)[LABEL_PACK_GLOBAL]);
  if (!parsed.success) return '';
  installLabelPack(features, parsed.data);
  return parsed.data.lang;
}
