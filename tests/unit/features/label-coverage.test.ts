import { describe, expect, it } from 'vitest';
import { LABEL_PACKS } from '@/utils/features/i18n';

/**
 * How many of the 46 labels in portal-i18n-and-clouds.md (section 1, rows
 * 1–46; 5a/5b/34a/34b/46a are its extras) the label packs cover, per
 * language. A row counts when the pack has its string for a label the
 * assistant uses. Six rows name nothing the assistant reads or clicks
 * (the navigation menus and the SAML tile, and Mappings, which it only
 * mentions), so they count for no language.
 */
const ROWS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  3: [['entra/create-app', 'pane']],
  4: [['entra/create-app', 'nonGallery']],
  7: [['entra/basic-saml', 'pane']],
  8: [['entra/basic-saml', 'identifier']],
  9: [['entra/basic-saml', 'replyUrl']],
  10: [['entra/basic-saml', 'signOnUrl']],
  11: [['entra/basic-saml', 'relayState']],
  12: [['entra/basic-saml', 'logoutUrl']],
  13: [['entra/basic-saml', 'edit']],
  14: [
    ['entra/basic-saml', 'save'],
    ['entra/claims', 'save'],
    ['entra/provisioning', 'save'],
  ],
  15: [['entra/claims', 'page']],
  16: [['entra/claims', 'addNewClaim']],
  17: [['entra/claims', 'manageClaim']],
  18: [
    ['entra/claims', 'name'],
    ['entra/claims', 'claimNameColumn'],
    ['entra/users-groups', 'displayName'],
  ],
  19: [
    ['entra/claims', 'namespace'],
    ['entra/claims', 'namespaceColumn'],
  ],
  20: [['entra/claims', 'source']],
  21: [['entra/claims', 'attributeOption']],
  22: [
    ['entra/claims', 'sourceAttribute'],
    ['entra/claims', 'valueColumn'],
  ],
  23: [['entra/claims', 'uniqueUserIdentifier']],
  24: [['entra/certificates', 'section']],
  25: [
    ['entra/certificates', 'certificateBase64'],
    ['entra/certificates', 'certificateBase64Link'],
  ],
  26: [['entra/certificates', 'metadataUrl']],
  27: [['entra/certificates', 'thumbprint']],
  28: [['entra/certificates', 'expiration']],
  29: [['entra/setup-app', 'section']],
  30: [['entra/setup-app', 'loginUrl']],
  31: [['entra/setup-app', 'identifier']],
  32: [['entra/setup-app', 'logoutUrl']],
  34: [['entra/users-groups', 'addUserGroup']],
  35: [['entra/users-groups', 'assign']],
  36: [['entra/provisioning', 'page']],
  37: [['entra/provisioning', 'mode']],
  38: [['entra/provisioning', 'automatic']],
  39: [['entra/provisioning-credentials', 'adminCredentials']],
  40: [['entra/provisioning-credentials', 'tenantUrl']],
  41: [['entra/provisioning-credentials', 'secretToken']],
  42: [['entra/provisioning-credentials', 'testConnection']],
  44: [['entra/provisioning', 'scope']],
  45: [['entra/provisioning', 'status']],
  46: [
    ['entra/provisioning', 'on'],
    ['entra/provisioning', 'off'],
  ],
};

function covered(lang: string): number[] {
  const pack = LABEL_PACKS[lang] ?? {};
  return Object.entries(ROWS)
    .filter(([, keys]) => keys.some(([id, key]) => (pack[id as keyof typeof pack]?.[key]?.length ?? 0) > 0))
    .map(([row]) => Number(row));
}

describe('label coverage of the 46 reference rows', () => {
  it('40 rows are labels the assistant uses; the other six are none', () => {
    expect(Object.keys(ROWS)).toHaveLength(40);
    expect([1, 2, 5, 6, 33, 43].filter((r) => r in ROWS)).toEqual([]);
  });

  const EXPECTED: Record<string, { count: number; missing: number[] }> = {
    de: { count: 40, missing: [] },
    fr: { count: 40, missing: [] }, // row 46: "On" only
    es: { count: 40, missing: [] },
    pt: { count: 40, missing: [] },
    it: { count: 40, missing: [] },
    nl: { count: 39, missing: [23] },
    ja: { count: 40, missing: [] },
    ko: { count: 40, missing: [] },
    zh: { count: 40, missing: [] },
  };
  for (const [lang, want] of Object.entries(EXPECTED)) {
    it(`${lang}: ${want.count} of 46`, () => {
      const rows = covered(lang);
      expect(rows).toHaveLength(want.count);
      expect(
        Object.keys(ROWS)
          .map(Number)
          .filter((r) => !rows.includes(r)),
      ).toEqual(want.missing);
    });
  }
});
