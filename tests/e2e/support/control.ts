import { expect, type CDPSession, type Frame, type Page } from '@playwright/test';

/**
 * The assistant's in-page control lives in a closed shadow root in the
 * extension's isolated world, so neither page script nor Playwright's
 * locators can reach it. Tests reach it the way DevTools does, through the
 * DevTools protocol (DOM with `pierce`), read what it shows, and press its
 * buttons with a real (trusted) keystroke after focusing them, which is what
 * an admin's keyboard does. `untrustedClick` presses one from page script,
 * which the control must ignore.
 */

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ControlField {
  field: string;
  status: string;
  text: string;
}

export interface ControlSnapshot {
  text: string;
  buttons: string[];
  fields: ControlField[];
}

const HOST_ATTR = 'data-entra-sso-assistant';

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function findHosts(node: CdpNode, feature: string, out: CdpNode[] = []): CdpNode[] {
  if (attr(node, HOST_ATTR) === feature) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    findHosts(child, feature, out);
  }
  return out;
}

const SNAPSHOT = `function () {
  const box = this.firstElementChild && this.querySelector('.box');
  const name = (b) => (b.getAttribute('aria-label') || b.textContent || '').trim();
  return {
    text: box ? box.innerText : (this.textContent || ''),
    buttons: Array.from(this.querySelectorAll('button')).map(name),
    fields: Array.from(this.querySelectorAll('[data-field]')).map((li) => ({ field: li.getAttribute('data-field'), status: li.getAttribute('data-status'), text: li.textContent || '' })),
  };
}`;

const FIND_BUTTON = `function (source, flags) {
  const re = new RegExp(source, flags);
  const name = (b) => (b.getAttribute('aria-label') || b.textContent || '').trim();
  return Array.from(this.querySelectorAll('button')).find((b) => re.test(name(b)) || re.test((b.textContent || '').trim())) || null;
}`;

function pattern(name: string | RegExp): { source: string; flags: string } {
  if (typeof name !== 'string') return { source: name.source, flags: name.flags };
  return { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' };
}

/**
 * Where a control is: the page's top document, a frame found afresh each time
 * (blades re-render theirs), or 'any': whichever of the page's frames holds it
 * now (the real portal draws a pane in the top document or in a React view).
 */
export type ControlPlace = 'top' | 'any' | ((page: Page) => Frame | undefined);

export class AssistantControl {
  private session: { frame: Frame; cdp: CDPSession } | null = null;
  private readonly sessions = new Map<Frame, CDPSession>();

  constructor(
    private readonly page: Page,
    private readonly place: ControlPlace,
    readonly feature: string,
  ) {}

  private async frame(): Promise<Frame> {
    if (this.place === 'any') return this.frameHoldingControl();
    const frame = this.place === 'top' ? this.page.mainFrame() : this.place(this.page);
    if (!frame) throw new Error(`the frame of the ${this.feature} control is not there yet`);
    return frame;
  }

  /** The frame whose document holds the control now: the last one opened wins (a pane over its blade). */
  private async frameHoldingControl(): Promise<Frame> {
    const frames = [this.page.mainFrame(), ...this.page.frames().filter((f) => f !== this.page.mainFrame() && !f.isDetached())];
    let found: Frame | null = null;
    for (const frame of frames) {
      // An inactive view stays in the DOM, hidden: the admin cannot see (or press) what is in it.
      if (
        frame !== this.page.mainFrame() &&
        !(await frame.frameElement().then(
          (el) => el.isVisible(),
          () => false,
        ))
      )
        continue;
      const cdp = await this.sessionFor(frame).catch(() => null);
      if (!cdp) continue;
      const hosts = await this.hostsIn(cdp).catch(() => 0);
      if (hosts > 0) found = frame;
    }
    if (!found) throw new Error(`no frame shows the ${this.feature} control yet`);
    return found;
  }

  /** A DevTools session whose DOM holds `frame`: its own when it is out of process, else its nearest cross-site ancestor's. */
  private async sessionFor(frame: Frame): Promise<CDPSession> {
    const known = this.sessions.get(frame);
    if (known && !frame.isDetached()) return known;
    const context = this.page.context();
    let cdp: CDPSession | null = null;
    for (let f: Frame | null = frame; f && !cdp; f = f.parentFrame()) {
      cdp = f === this.page.mainFrame() ? await context.newCDPSession(this.page) : await context.newCDPSession(f).catch(() => null);
    }
    if (!cdp) throw new Error('no DevTools session for the frame');
    this.sessions.set(frame, cdp);
    return cdp;
  }

  /** How many hosts of this control the frame's own document holds. */
  private async hostsIn(cdp: CDPSession): Promise<number> {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return findHosts(root, this.feature).filter((h) => h.shadowRoots?.[0]).length;
  }

  private async cdp(): Promise<CDPSession> {
    const frame = await this.frame();
    const cdp = await this.sessionFor(frame);
    this.session = { frame, cdp };
    return cdp;
  }

  /** The control's shadow root as a remote object, or null while it is not mounted. */
  private async root(): Promise<string | null> {
    const cdp = await this.cdp();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findHosts(root, this.feature).at(-1);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId?: string } };
    return object.objectId ?? null;
  }

  async exists(): Promise<boolean> {
    return (await this.root().catch(() => null)) !== null;
  }

  /** What the control shows; empty while it (or its frame) is not there. */
  async snapshot(): Promise<ControlSnapshot> {
    const objectId = await this.root().catch(() => null);
    if (!objectId) return { text: '', buttons: [], fields: [] };
    const cdp = await this.cdp();
    const reply = (await cdp
      .send('Runtime.callFunctionOn', { objectId, functionDeclaration: SNAPSHOT, returnByValue: true })
      .catch(() => null)) as { result: { value: ControlSnapshot } } | null;
    return reply?.result.value ?? { text: '', buttons: [], fields: [] };
  }

  async text(): Promise<string> {
    return (await this.snapshot()).text;
  }

  async status(field: string): Promise<string | null> {
    return (await this.snapshot()).fields.find((f) => f.field === field)?.status ?? null;
  }

  async fieldText(field: string): Promise<string> {
    return (await this.snapshot()).fields.find((f) => f.field === field)?.text ?? '';
  }

  async statuses(): Promise<string[]> {
    return (await this.snapshot()).fields.map((f) => f.status);
  }

  private async button(name: string | RegExp): Promise<string> {
    const { source, flags } = pattern(name);
    let found: string | null = null;
    await expect
      .poll(
        async () => {
          const objectId = await this.root().catch(() => null);
          if (!objectId) return false;
          const cdp = await this.cdp();
          // The frame may navigate or re-render between two calls: then look again.
          const reply = (await cdp
            .send('Runtime.callFunctionOn', {
              objectId,
              functionDeclaration: FIND_BUTTON,
              arguments: [{ value: source }, { value: flags }],
            })
            .catch(() => null)) as { result: { objectId?: string; subtype?: string } } | null;
          found = !reply || reply.result.subtype === 'null' ? null : (reply.result.objectId ?? null);
          return found !== null;
        },
        { message: `the assistant's control for ${this.feature} shows a button ${String(name)}` },
      )
      .toBe(true);
    if (!found) throw new Error('unreachable');
    return found;
  }

  /** Presses a button as the admin would: focus it, then a real Enter keystroke. */
  async click(name: string | RegExp): Promise<void> {
    // The frame can re-render between finding the button and focusing it: find it again then.
    for (let attempt = 1; ; attempt++) {
      const objectId = await this.button(name);
      const cdp = await this.cdp();
      try {
        const { nodeId } = (await cdp.send('DOM.requestNode', { objectId })) as { nodeId: number };
        await cdp.send('DOM.focus', { nodeId });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    await this.page.keyboard.press('Enter');
  }

  /** Presses a button from script (an untrusted event), as a hostile page would try to. */
  async untrustedClick(name: string | RegExp): Promise<void> {
    const objectId = await this.button(name);
    const cdp = await this.cdp();
    await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: 'function () { this.click(); }' });
  }

  async detach(): Promise<void> {
    for (const cdp of this.sessions.values()) await cdp.detach().catch(() => undefined);
    this.sessions.clear();
    this.session = null;
  }
}

/** The frame Entra's React blade draws in (the world's "ReactView" iframe), as it is now. */
export const BLADE: ControlPlace = (page) => page.frames().find((f) => f.name().endsWith('ReactView') && !f.isDetached());

/** The frame of a host, e.g. /^provisioning\.reactblade\.portal\.azure\.net$/. */
export const frameOnHost =
  (host: RegExp): ControlPlace =>
  (page) =>
    page.frames().find((f) => !f.isDetached() && host.test(new URL(f.url() || 'about:blank').hostname));

/** The control for `feature` in the page's top document, or in one of its frames. */
export function assistant(page: Page, feature: string, place: ControlPlace = 'top'): AssistantControl {
  return new AssistantControl(page, place, feature);
}

/** Waits until the control shows `text`. */
export async function expectControlText(control: AssistantControl, text: string | RegExp): Promise<void> {
  await expect
    .poll(() => control.text(), { message: `the ${control.feature} control shows ${String(text)}` })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}

/** Waits until the control reports `field` with `status`. */
export async function expectFieldStatus(control: AssistantControl, field: string, status: string | RegExp): Promise<void> {
  await expect.poll(() => control.status(field), { message: `${control.feature} reports ${field} as ${String(status)}` }).toMatch(status);
}
