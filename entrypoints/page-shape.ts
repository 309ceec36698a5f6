import { collectPageShape } from '@/utils/page-shape/collect';

// Injected into every frame of the admin's tab when the admin asks for a page-shape report; returns the frame's shape.
export default defineUnlistedScript(() => collectPageShape(document, window));
