/** The shell's own DOM (fxs-*), bound to Shell. Blade and pane titles are drawn here, outside every view. */
export const SHELL_TEMPLATE = `
<div class="fxs-portal">
  <header class="fxs-topbar" role="banner">
    <span class="fxs-topbar-waffle" aria-hidden="true">⋮⋮⋮</span>
    <a class="fxs-topbar-home" href="#home" data-bind="text: product"></a>
    <div class="fxs-topbar-search"><input type="search" aria-label="Search resources, services, and docs (G+/)" placeholder="Search resources, services, and docs (G+/)"></div>
    <div class="fxs-avatarmenu" data-bind="with: tenant"><span class="fxs-avatarmenu-username" data-bind="text: 'admin@' + domain"></span><span class="fxs-avatarmenu-tenant" data-bind="text: name.toUpperCase()"></span></div>
  </header>
  <div class="fxs-portal-main">
    <nav class="fxs-sidebar" aria-label="Portal navigation">
      <a class="fxs-sidebar-item" href="#home" data-bind="text: t('home')"></a>
      <div class="fxs-sidebar-group" role="group" data-bind="attr: { 'aria-label': t('entraId') }">
        <span class="fxs-sidebar-heading" data-bind="text: '⌄ ' + t('entraId')"></span>
        <span class="fxs-sidebar-item fxs-sidebar-static">Overview</span>
        <span class="fxs-sidebar-item fxs-sidebar-static">Users</span>
        <span class="fxs-sidebar-item fxs-sidebar-static">Groups</span>
        <a class="fxs-sidebar-item" data-bind="attr: { href: homeHref, 'aria-current': isHome() ? null : 'page' }, text: t('enterpriseAppsNav')"></a>
        <span class="fxs-sidebar-item fxs-sidebar-static" data-bind="text: t('appRegistrations')"></span>
      </div>
    </nav>
    <main class="fxs-journey-layout">
      <nav class="fxs-breadcrumb" aria-label="Breadcrumb"><ol data-bind="foreach: crumbs">
        <li><!-- ko if: href --><a data-bind="attr: { href: href }, text: label"></a><!-- /ko --><!-- ko ifnot: href --><span data-bind="text: label"></span><!-- /ko --></li>
      </ol></nav>
      <!-- ko if: isHome -->
      <section class="fxs-home">
        <h1 data-bind="text: t('home')"></h1>
        <a class="fxs-home-tile" data-bind="attr: { href: homeHref }"><strong data-bind="text: t('enterpriseApps')"></strong></a>
      </section>
      <!-- /ko -->
      <!-- ko ifnot: isHome -->
      <section class="fxs-blade fxs-stacklayout" data-bind="attr: { 'data-contenttitle': title }">
        <header class="fxs-blade-header">
          <div class="fxs-blade-title">
            <h2 class="fxs-blade-title-titleText" data-bind="text: title"></h2>
            <div class="fxs-blade-title-subtitle" data-bind="text: subtitle"></div>
          </div>
        </header>
        <div class="fxs-blade-content-wrapper">
          <!-- ko if: menu().length -->
          <nav class="fxs-menu" aria-label="Resource menu" data-bind="foreach: menu">
            <!-- ko if: heading --><div class="fxs-menu-group-header" data-bind="text: label"></div><!-- /ko -->
            <!-- ko if: !heading && href --><a class="fxs-menu-item" data-bind="attr: { href: href, 'aria-current': current ? 'page' : null }, css: { 'fxs-menu-item-selected': current }, text: label"></a><!-- /ko -->
            <!-- ko if: !heading && !href --><span class="fxs-menu-item fxs-menu-item-disabled" aria-disabled="true" data-bind="text: label"></span><!-- /ko -->
          </nav>
          <!-- /ko -->
          <div class="fxs-blade-content-container">
            <div class="fxs-blade-progress" role="progressbar" data-bind="visible: mainLoading, attr: { 'aria-label': t('loading') }"><span></span><span></span><span></span></div>
            <!-- ko with: mainKo --><div class="fxs-part fxs-part-content" data-bind="component: { name: component, params: params }"></div><!-- /ko -->
            <!-- ko foreach: mainFrames --><iframe class="fxs-reactview-frame" data-bind="fxFrame: $data, css: { 'fxs-reactview-frame-active': active }, visible: active"></iframe><!-- /ko -->
          </div>
        </div>
      </section>
      <!-- /ko -->
    </main>
    <div class="fxs-contextpane" data-bind="visible: pane">
      <section class="fxs-blade fxs-contextpane-blade" data-bind="attr: { 'data-contenttitle': paneTitle }">
        <header class="fxs-blade-header">
          <div class="fxs-blade-title"><h2 class="fxs-blade-title-titleText" data-bind="text: paneTitle"></h2></div>
          <div class="fxs-blade-close fxs-button" role="button" tabindex="0" data-bind="attr: { title: t('close'), 'aria-label': t('close') }, click: closePane">✕</div>
        </header>
        <div class="fxs-blade-content-container">
          <div class="fxs-blade-progress" role="progressbar" data-bind="visible: paneLoading, attr: { 'aria-label': t('loading') }"><span></span><span></span><span></span></div>
          <!-- ko with: paneKo --><div class="fxs-part fxs-part-content" data-bind="component: { name: component, params: params }"></div><!-- /ko -->
          <!-- ko foreach: paneFrames --><iframe class="fxs-reactview-frame" data-bind="fxFrame: $data, css: { 'fxs-reactview-frame-active': active }, visible: active"></iframe><!-- /ko -->
        </div>
      </section>
    </div>
  </div>
  <div class="fxs-toast-stack" data-bind="foreach: notices">
    <div class="fxs-toast" data-bind="attr: { role: kind === 'error' ? 'alert' : 'status' }, css: 'fxs-toast-' + kind">
      <strong data-bind="text: title"></strong><!-- ko if: $data.detail --><div data-bind="text: $data.detail"></div><!-- /ko -->
      <div class="fxs-toast-close" role="button" tabindex="0" aria-label="Dismiss notification" data-bind="click: $parent.dismiss">✕</div>
    </div>
  </div>
  <div class="fxs-extension-hosts" data-bind="foreach: hostingFrames">
    <iframe hidden tabindex="-1" aria-hidden="true" data-bind="attr: { name: name, src: src }"></iframe>
  </div>
</div>`;
