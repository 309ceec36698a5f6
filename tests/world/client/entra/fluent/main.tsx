/**
 * A React view (Fluent UI 8) in a sandbox iframe: it reads which view it is
 * from its URL, waits the world's load delay (a real view takes seconds),
 * draws, and tells the shell it is ready.
 */
import { Spinner, SpinnerSize, ThemeProvider } from '@fluentui/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { langOfLocale, localeOf } from '../../../server/ui-options';
import { readPortalConfig } from '../ibiza/config';
import type { ViewContext } from '../ibiza/context';
import { delay } from '../ibiza/context';
import { translator } from '../ibiza/strings';
import { VIEW_IDS, type ViewId } from '../ibiza/views';
import { entra } from '../ibiza/api';
import { frameHost, trustedShellOrigin } from './frame-host';
import { registerWorldIcons } from './icons';
import { CtxContext } from './kit';
import { FLUENT_VIEWS } from './views/registry';

function ViewRoot({ ctx }: { ctx: ViewContext }) {
  const [shown, setShown] = useState<ViewContext | null>(null);
  useEffect(() => {
    let live = true;
    // Renamed labels (a world fault) come from the tenant, like the rest of the view's data.
    void Promise.all([delay(ctx.ui.loadDelayMs), entra.tenant().catch(() => null)]).then(([, tenant]) => {
      if (live) setShown({ ...ctx, t: translator(ctx.lang, tenant?.renamedLabels ?? {}) });
    });
    return () => {
      live = false;
    };
  }, [ctx]);
  useEffect(() => {
    if (shown) ctx.host.ready();
  }, [shown, ctx.host]);
  if (!shown) return <Spinner size={SpinnerSize.large} label={ctx.t('loading')} styles={{ root: { marginTop: 40 } }} />;
  const View = FLUENT_VIEWS[ctx.view];
  return (
    <CtxContext.Provider value={shown}>
      <View />
    </CtxContext.Provider>
  );
}

const config = readPortalConfig();
const query = new URLSearchParams(location.search);
const view = VIEW_IDS.find((v) => v === query.get('view'));
const lang = langOfLocale(query.get('l')) ?? config.ui.portalLang;
const root = document.getElementById('root');
registerWorldIcons();
if (root && view) {
  const params: Record<string, string> = {};
  for (const [k, v] of query) if (!['view', 'l', 'trustedAuthority'].includes(k)) params[k] = v;
  const ctx: ViewContext = {
    view: view satisfies ViewId,
    params,
    lang,
    locale: localeOf(lang),
    t: translator(lang),
    cloud: config.cloud,
    ui: config.ui,
    host: frameHost(trustedShellOrigin(query.get('trustedAuthority'), config.cloud)),
  };
  createRoot(root).render(
    <ThemeProvider>
      <ViewRoot ctx={ctx} />
    </ThemeProvider>,
  );
} else if (root) {
  root.textContent = 'Unknown view.';
}
