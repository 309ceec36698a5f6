import type { Variant } from '@/tests/corpus/variant';
import { FLUENT_VARIANTS } from './fluent';
import { FRAME_VARIANTS } from './frames';
import { JUSTCALL_VARIANTS } from './justcall';
import { KNOCKOUT_VARIANTS } from './knockout';

/** Every corpus variant, in the order the table prints them. */
export const VARIANTS: readonly Variant[] = [...FLUENT_VARIANTS, ...KNOCKOUT_VARIANTS, ...FRAME_VARIANTS, ...JUSTCALL_VARIANTS];
