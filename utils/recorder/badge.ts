/** Badge text for a tab: the number of failed SAML exchanges, empty when none (Chrome hides an empty badge). */
export function badgeText(failures: number): string {
  if (failures <= 0) return '';
  return failures > 99 ? '99+' : String(failures);
}

export const BADGE_COLOR = '#c50f1f';
