/** What every Knockout view shares: registration, the app it shows, and error handling. */
import * as ko from 'knockout';
import type { AppDetail } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra } from '../../ibiza/api';
import type { ViewContext } from '../../ibiza/context';
import type { ViewId } from '../../ibiza/views';

/** A view model: anything its template binds to, and optionally a dispose() Knockout calls when the view goes. */
export type KoViewModel = Record<string, unknown> & { dispose?: () => void };

const registered = new Set<ViewId>();

/** Registers a view as the component "fx-view-<id>" (synchronous, like the shell's own blades). */
export function koView<VM extends KoViewModel>(view: ViewId, template: string, make: (ctx: ViewContext) => VM): void {
  ko.components.register(`fx-view-${view}`, {
    synchronous: true,
    viewModel: { createViewModel: (params: { ctx: ViewContext }) => make(params.ctx) },
    template,
  });
  registered.add(view);
}

export function registeredKoViews(): ReadonlySet<ViewId> {
  return registered;
}

/** The app a view shows, reloaded when any view changes it. */
export function appOf(ctx: ViewContext) {
  const app = ko.observable<AppDetail | null>(null);
  const error = ko.observable('');
  const objectId = ctx.params.objectId ?? '';
  const reload = async (): Promise<void> => {
    if (!objectId) return;
    try {
      app(await entra.app(objectId));
    } catch (e) {
      error(errorText(e));
    }
  };
  const off = ctx.host.onAppChanged(() => void reload());
  void reload();
  /** After a mutation: show the answer, tell the other views. */
  const changed = (a: AppDetail): void => {
    app(a);
    ctx.host.appChanged();
  };
  return { app, error, reload, changed, dispose: off, objectId };
}

/** Runs a portal request; a failure becomes an error notification, never an unhandled rejection. */
export async function attempt<T>(ctx: ViewContext, failTitle: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    ctx.host.notify({ kind: 'error', title: failTitle, detail: errorText(e) });
    return undefined;
  }
}

/** A visible label's text with the "(Optional)" decoration Entra adds. */
export function optionalLabel(ctx: ViewContext, label: string): string {
  return `${label} ${ctx.t('optionalSuffix')}`;
}

/** aria-labels that differ from the visible label the way the evidence shows: a trailing colon, or other words. */
export const aria = {
  colon: (label: string): string => `${label}:`,
  selector: (ctx: ViewContext, label: string): string => (ctx.lang === 'en' ? `${label} selector` : `${label}:`),
};
