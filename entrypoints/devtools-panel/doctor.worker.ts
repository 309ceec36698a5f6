import { z } from 'zod';
import { handleWorkerRequest } from '@/utils/doctor/worker-handler';

/**
 * The login doctor's Worker: analysis, file reading and the XML tab's tree
 * run here, off the panel's main thread, so a hostile message or a 1 GB HAR
 * never freezes the panel. Bundled by Vite from `new Worker(new URL(...))`
 * in ./main.tsx; it is a script of the extension's own origin, so MV3's CSP
 * (script-src 'self') allows it.
 */
// MV3 forbids eval, so zod should not even probe for it.
z.config({ jitless: true });

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (e) => void handleWorkerRequest(e.data, (reply) => scope.postMessage(reply));
