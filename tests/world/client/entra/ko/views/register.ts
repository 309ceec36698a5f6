/** Registers every Knockout view (importing a view file registers it) and says which views Knockout can draw. */
import './apps';
import './assignments';
import './claims';
import './provisioning';
import './saml';
import type { ViewId } from '../../ibiza/views';
import { registeredKoViews } from './kit';

export function registerKnockoutViews(): ReadonlySet<ViewId> {
  return registeredKoViews();
}
