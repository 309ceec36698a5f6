import type { FieldResult } from '@/utils/dom/field-result';
import type { StepId } from '@/utils/setup/steps';
import { basicSaml } from './entra/basic-saml';
import { certificates } from './entra/certificates';
import { claims } from './entra/claims';
import { createApp } from './entra/create-app';
import { provisioning, provisioningCredentials } from './entra/provisioning';
import { setupApp } from './entra/setup-app';
import { usersGroups } from './entra/users-groups';
import { justcallProvisioning } from './justcall/provisioning';
import { justcallSso } from './justcall/sso';
import type { FillOptions, LabelTable, PortalFeature, PortalName } from './types';

/**
 * Every page feature, registered in one place. Entries are type-erased so
 * content scripts can look features up by id and pass values that arrived in
 * a message: `fill` parses them with the feature's zod schema first.
 */

export interface RegisteredFeature {
  id: string;
  portal: PortalName;
  step: StepId;
  page: string;
  labels: LabelTable;
  detect(root: ParentNode): Element | null;
  read(root: ParentNode): unknown;
  /** Absent on read-only features. Resolves with a clear problem (never throws) on bad values. */
  fill?: (root: ParentNode, raw: unknown, opts: FillOptions) => Promise<FillOutcome>;
}

export type FillOutcome = { ok: true; results: FieldResult[] } | { ok: false; problem: string };

function register<R, F>(feature: PortalFeature<R, F>): RegisteredFeature {
  const { fill, fillSchema } = feature;
  const entry: RegisteredFeature = {
    id: feature.id,
    portal: feature.portal,
    step: feature.step,
    page: feature.page,
    labels: feature.labels,
    detect: (root) => feature.detect(root),
    read: (root) => feature.read(root),
  };
  if (fill && fillSchema) {
    entry.fill = async (root, raw, opts) => {
      const parsed = fillSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, problem: `Bad values for ${feature.id}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}` };
      }
      try {
        return { ok: true, results: await fill(root, parsed.data, opts) };
      } catch (error) {
        return { ok: false, problem: `Filling ${feature.id} failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    };
  }
  return entry;
}

export const FEATURES: readonly RegisteredFeature[] = [
  register(createApp),
  register(basicSaml),
  register(claims),
  register(certificates),
  register(setupApp),
  register(usersGroups),
  register(provisioning),
  register(provisioningCredentials),
  register(justcallSso),
  register(justcallProvisioning),
];

export function featureById(id: string): RegisteredFeature | null {
  return FEATURES.find((f) => f.id === id) ?? null;
}

export function featuresFor(portal: PortalName): RegisteredFeature[] {
  return FEATURES.filter((f) => f.portal === portal);
}

/** Features whose pane is on this page (this frame), with their element. */
export function detectFeatures(root: ParentNode, portal?: PortalName): { feature: RegisteredFeature; element: Element }[] {
  const out: { feature: RegisteredFeature; element: Element }[] = [];
  for (const feature of portal ? featuresFor(portal) : FEATURES) {
    let element: Element | null;
    try {
      element = feature.detect(root);
    } catch {
      element = null; // a half-rendered pane: treated as absent until it settles
    }
    if (element) out.push({ feature, element });
  }
  return out;
}
