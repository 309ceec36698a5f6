import type { FeatureId } from '@/utils/setup/feature-id';

/**
 * One page language's label variants: feature id → label key → variants.
 * Only the Entra features have packs: JustCall's settings pages are in
 * English whatever the admin's language. A label a pack leaves out falls
 * back to its English variants; tests/unit/features/features-wired.test.ts
 * lists every such label, so a gap is a decision, not an accident.
 *
 * Every string comes from ../shared/reference/portal-i18n-and-clouds.md (its
 * row number is noted); none is our own translation. The reference's cells
 * are candidates, so every variant a cell lists is kept.
 */
export type LabelPack = Readonly<Partial<Record<FeatureId, Readonly<Record<string, readonly string[]>>>>>;
