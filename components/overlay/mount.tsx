import { render } from 'preact';
import { AssistantControl, type ControlProps } from './AssistantControl';
import { CONTROL_CSS } from './styles';
import { CONTROL_HOST_ATTR } from '@/utils/content/control-host';
import type { MountedControl } from '@/utils/content/control-model';

export { CONTROL_HOST_ATTR };
export type { MountedControl };

// Containers whose children a <div> may not be inserted among.
const INSERT_BEFORE = new Set(['TABLE', 'TBODY', 'THEAD', 'TR', 'UL', 'OL', 'SELECT']);

/**
 * Puts the control in the page's flow at the top of the feature's pane, in a
 * closed shadow root: in flow, so it pushes content down and never covers a
 * portal control; in a shadow root, so neither side's CSS leaks into the
 * other; closed, so page script cannot reach its buttons or read its text.
 */
export function mountControl(anchor: Element, feature: string, props: ControlProps): MountedControl {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('div');
  host.setAttribute(CONTROL_HOST_ATTR, feature);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CONTROL_CSS;
  shadow.appendChild(style);
  const root = doc.createElement('div');
  shadow.appendChild(root);
  if (anchor.tagName === 'BODY' || anchor.tagName === 'HTML') doc.body.prepend(host);
  else if (INSERT_BEFORE.has(anchor.tagName)) anchor.before(host);
  else anchor.prepend(host);
  render(<AssistantControl {...props} />, root);
  return {
    host,
    anchor,
    update: (next) => render(<AssistantControl {...next} />, root),
    unmount: () => {
      render(null, root);
      host.remove();
    },
  };
}
