import { browser } from 'wxt/browser';
import { routeMessage, type MessageHandler } from '@/utils/background/router';
import { handleEngineRequest } from '@/utils/background/engine-loader';
import { handlePortalPageMessage } from '@/utils/background/portal-pages';
import { handleSetupMessage } from '@/utils/background/setup/handler';
import { handleDoctorMessage, startRecorder } from '@/utils/background/recorder';
import { handleTestSignInMessage } from '@/utils/background/test-sign-in';
import { handleViewTitleRequest } from '@/utils/background/view-title';
import { handleCertWatchMessage, startCertWatch } from '@/utils/background/cert-watch';
import { handleCloudMessage, startCloudRegistrations } from '@/utils/background/cloud';

// Each feature registers its message handler here; the order does not matter,
// since every handler accepts only the message types its own schema parses.
const HANDLERS: MessageHandler[] = [
  handlePortalPageMessage,
  handleEngineRequest,
  handleDoctorMessage,
  handleSetupMessage,
  handleTestSignInMessage,
  handleViewTitleRequest,
  handleCertWatchMessage,
  handleCloudMessage,
];

export default defineBackground(() => {
  // Clicking the toolbar icon opens the side panel (Chrome's own API; the polyfill lacks sidePanel).
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  startRecorder();
  startCertWatch();
  startCloudRegistrations();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => routeMessage(HANDLERS, raw, sender));
});
