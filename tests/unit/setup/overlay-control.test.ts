// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mountControl } from '@/components/overlay/mount';
import type { ControlProps } from '@/components/overlay/AssistantControl';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function props(change: Partial<ControlProps> = {}): ControlProps {
  return {
    title: 'Basic SAML Configuration',
    fillFrom: 'JustCall',
    busy: false,
    missing: [],
    results: [
      { field: 'replyUrl', label: 'Reply URL', status: 'not-found', expected: 'https://bifrost.justcall.io/passport/login/callback' },
    ],
    notes: ['A note.'],
    commit: [],
    next: null,
    error: null,
    onFill: () => undefined,
    onReplace: () => undefined,
    onCopy: async () => true,
    ...change,
  };
}

describe('in-page control', () => {
  it('hides and shows its details, keeping that state across updates', async () => {
    document.body.innerHTML = '<section id="pane"><h2>Basic SAML Configuration</h2></section>';
    const control = mountControl(document.getElementById('pane')!, 'entra/basic-saml', props());
    const shadow = control.host.shadowRoot!;
    const toggle = () => shadow.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(shadow.textContent).toContain('A note.');
    toggle().click();
    await settle();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().textContent).toBe('Show');
    expect(shadow.textContent).not.toContain('A note.');
    control.update(props({ notes: ['Another note.'] }));
    await settle();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    toggle().click();
    await settle();
    expect(shadow.textContent).toContain('Another note.');
    control.unmount();
    expect(control.host.isConnected).toBe(false);
  });

  it('says whether copying a value worked', async () => {
    document.body.innerHTML = '<section id="pane"></section>';
    const copied: string[] = [];
    const control = mountControl(
      document.getElementById('pane')!,
      'entra/basic-saml',
      props({ onCopy: async (t) => (copied.push(t), false) }),
    );
    const copy = () => control.host.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Copy the value for Reply URL"]')!;
    expect(copy().textContent).toBe('Copy');
    copy().click();
    await settle();
    expect(copied).toEqual(['https://bifrost.justcall.io/passport/login/callback']);
    expect(copy().textContent).toBe('Copy failed');
    control.unmount();
  });
});
