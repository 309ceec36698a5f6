import { startController } from '@/utils/content/controller';
import { ENTRA_FEATURES } from '@/utils/features/entra';
import { mountControl } from '@/components/overlay/mount';
import type { ControlProps, MountedControl } from '@/utils/content/control-model';

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

/** What the background answers (the readiness the in-page control needs before it fills). */
const REPLIES: Record<string, unknown> = {
  'setup:get-plan': PLAN,
  'setup:get-readiness': {
    fills: ['Identifier (Entity ID)', 'Reply URL (Assertion Consumer Service URL)', 'Sign on URL'],
    missing: [],
    step: { state: 'in-progress', summary: 'Basic SAML Configuration' },
    problem: null,
    secret: 'none',
  },
};

declare global {
  interface Window {
    startAssistant: () => void;
    assistantScan?: () => void;
    /** The Fill click of a mounted control: the control itself takes only trusted clicks, in a closed shadow root. */
    assistantFill?: (feature: string) => boolean;
  }
}

/** Each mounted control's latest props, so the bench can press Fill. */
const controls = new Map<string, ControlProps>();

const mount = (anchor: Element, feature: string, props: ControlProps): MountedControl => {
  controls.set(feature, props);
  const control = mountControl(anchor, feature, props);
  return {
    ...control,
    update: (next) => {
      controls.set(feature, next);
      control.update(next);
    },
    unmount: () => {
      controls.delete(feature);
      control.unmount();
    },
  };
};

window.startAssistant = () => {
  const controller = startController({
    portal: 'entra',
    doc: document,
    features: ENTRA_FEATURES,
    transport: { send: async (m) => REPLIES[(m as { type?: string }).type ?? ''] ?? { ok: true } },
    mount,
    copy: async () => true,
  });
  window.assistantScan = controller.scan;
  window.assistantFill = (feature) => {
    const props = controls.get(feature);
    props?.onFill();
    return !!props;
  };
};
