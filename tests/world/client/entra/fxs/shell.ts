import * as ko from 'knockout';
import type { AppDetail, TenantView } from '../../../server/portal-api/views';
import { localeOf, type PortalConfig } from '../../../server/ui-options';
import { entra } from '../ibiza/api';
import type { ViewContext } from '../ibiza/context';
import { ToShellSchema, type Notice, type ToView, type ViewHost, type ViewParams } from '../ibiza/protocol';
import { translator, type T } from '../ibiza/strings';
import { frameName, isReactViewHost, PANE_VIEWS, reactViewHost, stackOf, type ViewId } from '../ibiza/views';
import { formatHash, frameOrigin, parseHash, type Route } from '../route';
import { FrameItem, HostedView, type Slot } from './hosted';
import { appMenu, bladeTitle, breadcrumbs, mainViewOf, paneTitle, type Crumb, type MenuItem } from './titles';

/** Inactive React view frames stay in the DOM (hidden), as in the real shell; this many are kept. */
const KEEP_INACTIVE_FRAMES = 4;

/**
 * The Ibiza-style portal shell in the top document: top bar, navigation,
 * breadcrumbs, the blade with its shell-drawn title and resource menu, the
 * context pane, notifications, and the extension's hidden hosting iframes.
 * It hosts each view in the stack the world's options pick.
 */
export class Shell {
  readonly t: T;
  readonly route = ko.observable<Route>({ blade: 'home' });
  readonly app = ko.observable<AppDetail | null>(null);
  readonly tenant = ko.observable<TenantView | null>(null);
  readonly main = ko.observable<HostedView | null>(null);
  readonly pane = ko.observable<HostedView | null>(null);
  readonly frames = ko.observableArray<FrameItem>([]);
  readonly notices = ko.observableArray<Notice & { id: number }>([]);
  readonly title: ko.PureComputed<string>;
  readonly subtitle: ko.PureComputed<string>;
  readonly crumbs: ko.PureComputed<Crumb[]>;
  readonly menu: ko.PureComputed<MenuItem[]>;
  readonly paneTitle: ko.PureComputed<string>;
  readonly product: string;
  readonly hostingFrames: { name: string; src: string }[];
  private navigation = 0;
  private noticeId = 0;

  constructor(
    readonly config: PortalConfig,
    private readonly koViews: ReadonlySet<ViewId>,
  ) {
    this.t = translator(config.ui.portalLang);
    this.product = location.hostname.startsWith('portal.') ? 'Microsoft Azure' : 'Microsoft Entra admin center';
    this.title = ko.pureComputed(() => bladeTitle(this.route(), this.app(), this.tr()).title);
    this.subtitle = ko.pureComputed(() => bladeTitle(this.route(), this.app(), this.tr()).subtitle);
    this.crumbs = ko.pureComputed(() => breadcrumbs(this.route(), this.app(), this.tr()));
    this.menu = ko.pureComputed(() => {
      const r = this.route();
      return r.blade === 'app' ? appMenu(r, this.app(), this.tr()) : [];
    });
    this.paneTitle = ko.pureComputed(() => {
      const p = this.pane();
      return p ? paneTitle(p.view, this.tr()) : '';
    });
    const lang = config.ui.portalLang;
    this.hostingFrames = (
      config.cloud === 'china'
        ? ['iam.hosting.azureportal.chinacloudapi.cn', 'provisioning.hosting.azureportal.chinacloudapi.cn']
        : ['iam.hosting.portal.azure.net', 'provisioning.hosting.portal.azure.net']
    ).map((host, i) => ({
      name: i === 0 ? 'Microsoft_AAD_IAM' : 'Microsoft_AAD_Connect_Provisioning',
      src: `${frameOrigin(host, location)}/${i === 0 ? 'iam' : 'provisioning'}/Content/Dynamic/index.html?l=${localeOf(lang)}&trustedAuthority=${encodeURIComponent(location.origin)}`,
    }));
  }

  /** The translator with the world's renamed-label fault applied once the tenant is known. */
  tr(): T {
    const renamed = this.tenant()?.renamedLabels ?? {};
    return Object.keys(renamed).length ? translator(this.config.ui.portalLang, renamed) : this.t;
  }

  start(): void {
    window.addEventListener('hashchange', () => void this.navigate());
    window.addEventListener('message', (e) => this.onMessage(e));
    // The tenant first: its renamed labels (a world fault) reach the Knockout views it hosts.
    void entra
      .tenant()
      .then(
        (t) => this.tenant(t),
        () => undefined,
      )
      .then(() => this.navigate());
  }

  mainFrames = ko.pureComputed(() => this.frames().filter((f) => f.slot === 'main'));
  paneFrames = ko.pureComputed(() => this.frames().filter((f) => f.slot === 'pane'));
  mainLoading = ko.pureComputed(() => this.main()?.loading() ?? false);
  paneLoading = ko.pureComputed(() => this.pane()?.loading() ?? false);
  mainKo = ko.pureComputed(() => {
    const m = this.main();
    return m?.ko && !m.loading() ? m.ko : null;
  });
  paneKo = ko.pureComputed(() => {
    const p = this.pane();
    return p?.ko && !p.loading() ? p.ko : null;
  });
  isHome = ko.pureComputed(() => this.route().blade === 'home');
  homeHref = formatHash({ blade: 'enterpriseApps' });

  private async navigate(): Promise<void> {
    const nav = ++this.navigation;
    const route = parseHash(location.hash);
    const objectId = 'objectId' in route ? route.objectId : '';
    let app: AppDetail | null = null;
    if (objectId) app = await entra.app(objectId).catch(() => null);
    if (nav !== this.navigation) return;
    this.closePane();
    this.deactivate('main');
    this.route(route);
    this.app(app);
    const view = mainViewOf(route, app, this.config.ui.provisioningUi);
    this.main(view ? this.host('main', view, app ? { objectId: app.objectId, appId: app.appId } : {}) : null);
  }

  /** Makes a hosted view: a React view frame or a Knockout component, shown after the world's load delay. */
  private host(slot: Slot, view: ViewId, params: ViewParams): HostedView {
    const ui = this.config.ui;
    const fluent = stackOf(view, ui.portalUi) === 'fluent' || !this.koViews.has(view);
    let frame: FrameItem | null = null;
    if (fluent) {
      const origin = frameOrigin(reactViewHost(view, ui.seed, this.config.cloud), location);
      const query = new URLSearchParams({ view, l: localeOf(ui.portalLang), trustedAuthority: location.origin, ...params });
      frame = new FrameItem(slot, view, frameName(view), `${origin}/ReactView/Microsoft_AAD_IAM/index.html?${query.toString()}`, origin);
      this.frames.push(frame);
      this.trimFrames();
    }
    const hosted = new HostedView(slot, view, params, frame);
    if (!frame) {
      hosted.ko = { component: `fx-view-${view}`, params: { ctx: this.context(hosted) } };
      setTimeout(() => hosted.loading(false), ui.loadDelayMs);
    }
    return hosted;
  }

  private context(hosted: HostedView): ViewContext {
    const ui = this.config.ui;
    const host: ViewHost = {
      navigate: (hash) => this.go(hash),
      openPane: (view, params) => this.openPane(view, params ?? {}),
      closePane: () => this.closePane(),
      paneResult: (data) => this.paneResult(data),
      notify: (n) => this.notify(n),
      appChanged: () => this.appChanged(),
      onAppChanged: (fn) => {
        hosted.appChangedHandlers.add(fn);
        return () => hosted.appChangedHandlers.delete(fn);
      },
      onPaneResult: (fn) => {
        hosted.paneResultHandlers.add(fn);
        return () => hosted.paneResultHandlers.delete(fn);
      },
      ready: () => undefined,
    };
    return {
      view: hosted.view,
      params: hosted.params,
      lang: ui.portalLang,
      locale: localeOf(ui.portalLang),
      t: this.tr(),
      cloud: this.config.cloud,
      ui,
      host,
    };
  }

  private deactivate(slot: Slot): void {
    for (const f of this.frames()) if (f.slot === slot) f.active(false);
  }

  private trimFrames(): void {
    const inactive = this.frames().filter((f) => !f.active());
    for (const f of inactive.slice(0, Math.max(0, inactive.length - KEEP_INACTIVE_FRAMES))) this.frames.remove(f);
  }

  go(hash: string): void {
    if (location.hash === hash) void this.navigate();
    else location.hash = hash;
  }

  openPane(view: ViewId, params: ViewParams): void {
    if (!PANE_VIEWS.includes(view)) return;
    this.closePane();
    this.pane(this.host('pane', view, params));
  }

  closePane = (): void => {
    this.deactivate('pane');
    this.pane(null);
  };

  private paneResult(data: unknown): void {
    this.main()?.deliver({ type: 'fx:paneResult', data });
  }

  notify(n: Notice): void {
    const id = ++this.noticeId;
    this.notices.push({ ...n, id });
    setTimeout(() => this.notices.remove((x) => x.id === id), 6000);
  }

  dismiss = (n: { id: number }): void => {
    this.notices.remove((x) => x.id === n.id);
  };

  private appChanged(): void {
    const msg: ToView = { type: 'fx:appChanged' };
    this.main()?.deliver(msg);
    this.pane()?.deliver(msg);
    const id = this.app()?.objectId;
    if (id)
      void entra.app(id).then(
        (a) => this.app(a),
        () => undefined,
      );
  }

  /** One of the shell's own React view frames (a pane just closed may still finish what it was doing, e.g. navigate). */
  private frameOf(source: MessageEventSource | null): FrameItem | null {
    return this.frames().find((f) => f.element?.contentWindow != null && f.element.contentWindow === source) ?? null;
  }

  private onMessage(e: MessageEvent): void {
    let host: string;
    try {
      host = new URL(e.origin).hostname;
    } catch {
      return;
    }
    if (!isReactViewHost(host, this.config.cloud)) return;
    const frame = this.frameOf(e.source);
    if (!frame) return;
    const msg = ToShellSchema.safeParse(e.data);
    if (!msg.success) return;
    const m = msg.data;
    switch (m.type) {
      case 'fx:ready':
        for (const h of [this.main(), this.pane()]) if (h?.frame === frame) h.loading(false);
        break;
      case 'fx:navigate':
        this.go(m.hash);
        break;
      case 'fx:openPane':
        this.openPane(m.view, m.params);
        break;
      case 'fx:closePane':
        this.closePane();
        break;
      case 'fx:paneResult':
        this.paneResult(m.data);
        break;
      case 'fx:notify':
        this.notify(m.notice);
        break;
      case 'fx:appChanged':
        this.appChanged();
        break;
    }
  }
}

/** Registers the iframe element of a FrameItem (and sets its src once). */
ko.bindingHandlers.fxFrame = {
  init(element: HTMLIFrameElement, valueAccessor: () => FrameItem) {
    const item = valueAccessor();
    item.element = element;
    element.name = item.name;
    element.title = item.view;
    element.src = item.src;
    return { controlsDescendantBindings: true };
  },
};
