import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import type { LabelPack } from './pack';
import { pt } from './pt';
import { zh } from './zh';

/**
 * Every language's label pack, by primary subtag. Only the background holds
 * them all: it hands a frame's page engine the one pack of that frame's
 * language (utils/background/engine-loader.ts), so the engine never carries
 * the others.
 */
export const LABEL_PACKS: Readonly<Record<string, LabelPack>> = { de, fr, es, pt, it, nl, ja, ko, zh };

export function labelPackFor(lang: string): LabelPack | null {
  return Object.hasOwn(LABEL_PACKS, lang) ? (LABEL_PACKS[lang] ?? null) : null;
}
