import { runSetupContent } from '@/utils/content/run';
import { startOnce } from '@/utils/content/engine-once';
import { JUSTCALL_FEATURES } from '@/utils/features/justcall';

// The JustCall page engine, injected by the background when the JustCall content script asks.
export default defineUnlistedScript(() => startOnce(() => runSetupContent('justcall', JUSTCALL_FEATURES)));
