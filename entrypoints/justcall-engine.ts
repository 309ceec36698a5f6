import { startPageEngine } from '@/components/overlay/start-page-engine';
import { startOnce } from '@/utils/content/engine-once';
import { JUSTCALL_FEATURES } from '@/utils/features/justcall';

// The JustCall page engine, injected by the background when the JustCall content script asks.
export default defineUnlistedScript(() => startOnce(() => startPageEngine('justcall', JUSTCALL_FEATURES)));
