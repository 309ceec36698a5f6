/**
 * The Entra views of the Ibiza-style drawing: each main blade's content and
 * each context pane. Which UI stack draws a view follows the world's
 * `portalUi`; `mixed` is the evidence's best guess per view (MIXED_STACK,
 * reasons beside each entry and in tests/world/README.md). Pure: used by the
 * shell, both stacks, and the e2e helpers.
 */
import { CLOUDS, type CloudId } from '../../../server/clouds';
import type { PortalUi } from '../../../server/ui-options';

export const VIEW_IDS = [
  'EnterpriseAppsList',
  'AppGallery',
  'CreateOwnApplication',
  'AppOverview',
  'SingleSignOnMethods',
  'SamlConfiguration',
  'BasicSamlConfiguration',
  'SamlCertificates',
  'AttributesAndClaims',
  'ManageClaim',
  'UsersAndGroups',
  'AddAssignment',
  'PrincipalPicker',
  'ProvisioningClassic',
  'ProvisioningNew',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Context panes open on the right of a blade; the rest are a blade's content. */
export const PANE_VIEWS: readonly ViewId[] = [
  'CreateOwnApplication',
  'BasicSamlConfiguration',
  'SamlCertificates',
  'ManageClaim',
  'PrincipalPicker',
];

export type Stack = 'fluent' | 'knockout';

/** `mixed`: which stack the real portal most likely uses for each view. */
export const MIXED_STACK: Record<ViewId, Stack> = {
  // Newer list blade ("AppAppsPreview"); the gallery and its create pane are the same generation.
  EnterpriseAppsList: 'fluent',
  AppGallery: 'fluent',
  CreateOwnApplication: 'fluent',
  // The older ManagedAppMenuBlade pages.
  AppOverview: 'knockout',
  SingleSignOnMethods: 'knockout',
  // Evidence 1: a public scraper reads "Unique User Identifier" from the top document's text.
  SamlConfiguration: 'knockout',
  // Panes of that same Knockout blade.
  BasicSamlConfiguration: 'knockout',
  SamlCertificates: 'knockout',
  // Guess: the claims grid and its pane with a searchable, typeable source dropdown (evidence 7) are React.
  AttributesAndClaims: 'fluent',
  ManageClaim: 'fluent',
  // Evidence 9: the assignments grid is a Fluent DetailsList in a React view.
  UsersAndGroups: 'fluent',
  // The older AddAppAssignmentBlade; its user picker is the newer React picker.
  AddAssignment: 'knockout',
  PrincipalPicker: 'fluent',
  // Evidence 8: the classic page is the older one; "+ New configuration" is the newer flow.
  ProvisioningClassic: 'knockout',
  ProvisioningNew: 'fluent',
};

export function stackOf(view: ViewId, portalUi: PortalUi): Stack {
  if (portalUi === 'fluent' || portalUi === 'knockout') return portalUi;
  // 'classic' only reaches this drawing in the China cloud, which has no classic one.
  return MIXED_STACK[view];
}

/** The React view iframe's name, as the real shell names it. */
export function frameName(view: ViewId): string {
  return `${view}.ReactView`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The sandbox host a view loads from: chosen per view, the same for the same seed. */
export function reactViewHost(view: ViewId, seed: number, cloud: CloudId): string {
  const hosts = CLOUDS[cloud].reactViewHosts;
  return hosts[hash(`${view}#${seed}`) % hosts.length] ?? hosts[0] ?? '';
}

export function isReactViewHost(host: string, cloud: CloudId): boolean {
  return CLOUDS[cloud].reactViewHosts.includes(host);
}
