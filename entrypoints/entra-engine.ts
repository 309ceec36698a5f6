import { startPageEngine } from '@/components/overlay/start-page-engine';
import { startOnce } from '@/utils/content/engine-once';
import { ENTRA_FEATURES } from '@/utils/features/entra';

// The Entra page engine, injected into a frame by the background when its content script asks.
export default defineUnlistedScript(() => startOnce(() => startPageEngine('entra', ENTRA_FEATURES)));
