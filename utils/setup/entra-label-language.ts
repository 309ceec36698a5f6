import { ENTRA_FEATURES } from '@/utils/features/entra';
import { labelPackFor } from '@/utils/features/i18n';
import { installLabelPack } from '@/utils/features/label-pack';
import { installedLanguage } from '@/utils/features/labels';
import { primarySubtag } from '@/utils/i18n/page-language';
import type { SetupSession } from './session';

/**
 * The side panel's sentences stay English but quote Entra's labels as the
 * admin's Entra pages show them ("Edit Grundlegende SAML-Konfiguration and
 * set Bezeichner (Entitäts-ID) …"): the language last seen on Entra decides
 * which pack the features' labels use here. Idempotent, so a render may call it.
 */
export function followEntraLanguage(session: SetupSession): string {
  const lang = primarySubtag(session.languages.entra?.lang ?? '');
  const pack = labelPackFor(lang);
  const want = pack ? lang : '';
  if (installedLanguage() !== want) installLabelPack(ENTRA_FEATURES, { lang: want, labels: pack ?? {} });
  return want;
}
