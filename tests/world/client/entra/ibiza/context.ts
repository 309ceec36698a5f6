import type { CloudId } from '../../../server/clouds';
import type { PortalLang, WorldUiOptions } from '../../../server/ui-options';
import type { ViewHost, ViewParams } from './protocol';
import type { T } from './strings';
import type { ViewId } from './views';

/** Everything a view of either stack is given. */
export interface ViewContext {
  view: ViewId;
  params: ViewParams;
  lang: PortalLang;
  /** e.g. "de-de", for dates. */
  locale: string;
  t: T;
  cloud: CloudId;
  ui: WorldUiOptions;
  host: ViewHost;
}

/** Resolves after ms. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
