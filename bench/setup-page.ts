import { startController } from '@/utils/content/controller';
import { ENTRA_FEATURES } from '@/utils/features/entra';
import { mountControl } from '@/components/overlay/mount';

/**
 * Runs in the bench page (bundled by bench/setup.ts): the Entra content
 * script's controller over a synthetic portal-like page, with the background
 * replaced by an immediate answer.
 */

const PLAN = {
  feature: 'entra/basic-saml',
  values: {
    identifier: 'JustCall',
    replyUrl: 'https://bifrost.justcall.io/passport/login/callback',
    signOnUrl: 'https://app.justcall.io/login',
  },
  sources: {},
  certificate: null,
  secretToken: null,
  clickSave: false,
  missing: [],
};

declare global {
  interface Window {
    startAssistant: () => void;
    assistantScan?: () => void;
  }
}

window.startAssistant = () => {
  const controller = startController({
    portal: 'entra',
    doc: document,
    features: ENTRA_FEATURES,
    transport: { send: async (m) => ((m as { type?: string }).type === 'setup:get-plan' ? PLAN : { ok: true }) },
    mount: mountControl,
    copy: async () => true,
  });
  window.assistantScan = controller.scan;
};
