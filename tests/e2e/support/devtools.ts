import type { BrowserContext, CDPSession } from '@playwright/test';

/**
 * Drives a real DevTools window over CDP (see ../shared/notes/devtools-e2e.md).
 * Playwright does not expose DevTools targets; the browser-level CDP target
 * list does. Showing a panel uses DevTools' own modules, which are internals:
 * every such step lives here and fails with a message saying what changed.
 */

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class DevtoolsInternalsChanged extends Error {
  constructor(what: string) {
    super(`DevTools internals changed: ${what}. Update tests/e2e/support/devtools.ts (see ../shared/notes/devtools-e2e.md).`);
  }
}

export class DevtoolsDriver {
  private nextId = 1;
  private readonly attached = new Map<string, string>();
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const msg = JSON.parse(event.message) as {
        id?: number;
        result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } };
        error?: { message: string };
      };
      if (msg.id === undefined) return;
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.error) waiter.reject(new Error(msg.error.message));
      else if (msg.result?.exceptionDetails) {
        const d = msg.result.exceptionDetails;
        waiter.reject(new Error(d.exception?.description ?? d.text ?? 'evaluation failed'));
      } else waiter.resolve(msg.result?.result?.value);
    });
  }

  static async connect(context: BrowserContext): Promise<DevtoolsDriver> {
    const browser = context.browser();
    if (!browser) throw new Error('No browser-level CDP: the persistent context exposes no Browser object.');
    return new DevtoolsDriver(await browser.newBrowserCDPSession());
  }

  async targets(): Promise<TargetInfo[]> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos;
  }

  /** Waits for a target whose URL matches; the DevTools page appears seconds after launch. */
  async waitForTarget(match: (t: TargetInfo) => boolean, what: string, timeoutMs = 20_000): Promise<TargetInfo> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.targets()).find(match);
      if (found) return found;
      if (Date.now() > until)
        throw new Error(
          `No ${what} target after ${timeoutMs} ms. Targets: ${(await this.targets()).map((t) => `${t.type} ${t.url}`).join(', ')}`,
        );
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** Evaluates an expression (awaiting promises, returning JSON values) inside a target. */
  async evaluate<T>(targetId: string, expression: string): Promise<T> {
    let sessionId = this.attached.get(targetId);
    if (!sessionId) {
      ({ sessionId } = (await this.cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string });
      this.attached.set(targetId, sessionId);
    }
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
    });
    return (await Promise.race([
      reply,
      new Promise((_, rej) => setTimeout(() => rej(new Error(`evaluate timed out in ${targetId}`)), 15_000)),
    ])) as T;
  }

  devtoolsWindow(): Promise<TargetInfo> {
    return this.waitForTarget(
      (t) => t.type === 'page' && t.url.startsWith('devtools://devtools/bundled/devtools_app.html'),
      'DevTools window',
    );
  }

  /**
   * Shows an extension panel in the DevTools window (InspectorView.showPanel;
   * panel.show() from the extension does nothing). DevTools names the panel
   * after the extension origin and the title without its spaces
   * ("chrome-extension://<id>SSODoctor"), so the id is looked up among the tabs.
   */
  async showExtensionPanel(extensionId: string, title: string): Promise<void> {
    const win = await this.devtoolsWindow();
    const origin = `chrome-extension://${extensionId}`;
    const wanted = title.replace(/\s+/g, '');
    const outcome = await this.evaluate<string>(
      win.targetId,
      `import('./ui/legacy/legacy.js').then(async (UI) => {
         const IV = UI && UI.InspectorView && UI.InspectorView.InspectorView;
         if (!IV || typeof IV.instance !== 'function') return 'no InspectorView.instance';
         const view = IV.instance();
         if (typeof view.showPanel !== 'function') return 'no InspectorView.showPanel';
         const pane = view.tabbedPane;
         if (!pane || typeof pane.tabIds !== 'function') return 'no tabbedPane.tabIds';
         let id = null;
         for (let i = 0; i < 60 && !id; i++) {
           id = pane.tabIds().find((t) => t.startsWith(${JSON.stringify(origin)}) && t.slice(${origin.length}).replace(/\\s+/g, '') === ${JSON.stringify(wanted)}) ?? null;
           if (!id) await new Promise((r) => setTimeout(r, 250));
         }
         if (!id) return 'panel not among tabs: ' + pane.tabIds().join(', ');
         await view.showPanel(id);
         return 'ok';
       }, (e) => 'import of ui/legacy/legacy.js failed: ' + e)`,
    );
    if (outcome !== 'ok') throw new DevtoolsInternalsChanged(`showing the "${title}" panel: ${outcome}`);
  }

  /** The panel page's target (an iframe inside DevTools) once the panel has been shown. */
  panelTarget(extensionId: string, file = 'devtools-panel.html'): Promise<TargetInfo> {
    return this.waitForTarget((t) => t.url.startsWith(`chrome-extension://${extensionId}/${file}`), `panel page ${file}`);
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** Polls a panel-page expression until it returns a truthy value. */
export async function waitInTarget<T>(driver: DevtoolsDriver, targetId: string, expression: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const last = await driver.evaluate<T>(targetId, expression).catch((e: unknown) => `error: ${String(e)}`);
    if (last && !(typeof last === 'string' && last.startsWith('error: '))) return last as T;
    if (Date.now() > until)
      throw new Error(`Timed out waiting in the panel for ${expression.slice(0, 120)}… (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
